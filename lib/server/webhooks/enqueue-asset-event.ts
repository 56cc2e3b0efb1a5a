import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { randomBase62 } from '../ids';

export type AssetEvent = 'asset.processing' | 'asset.processed' | 'asset.failed' | 'asset.delivered' | 'thumbnail.generated';

/**
 * Records one RendrSink-style asset event for delivery (same dispatcher, retries, SSRF guard and log as render
 * webhooks; signed over the raw body, X-FV-* headers). Pass the transaction that records what the event reports.
 */
export async function enqueueAssetEvent(
  input: { userId: string; assetId: string; url: string; event: AssetEvent; payload: Record<string, unknown> },
  client: Pick<Prisma.TransactionClient, 'webhookDelivery'> = db,
): Promise<void> {
  // `event` and `timestamp` first, as RendrSink documents; the timestamp is set again at each attempt.
  const body = JSON.stringify({ event: input.event, timestamp: new Date().toISOString(), ...input.payload });
  await client.webhookDelivery.create({
    data: { id: `dlv_${randomBase62(16)}`, userId: input.userId, assetId: input.assetId, scheme: 'rendrsink', url: input.url, event: input.event, body },
  });
}
