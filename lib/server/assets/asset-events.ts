import type { Asset, Prisma } from '../db/generated/client';
import { enqueueAssetEvent, type AssetEvent } from '../webhooks/enqueue-asset-event';
import { readAsset } from './asset-record';
import { serializeDerivative, serializeThumbnail } from './serialize-asset';

/**
 * Records asset events for delivery to the asset's webhook_url, else to the account's default webhook URL as it
 * is when the event is recorded (none without either), in the transaction that
 * records the state they report. Payloads as RendrSink documents: asset_id, profile, metadata, and per
 * event processing_ms, derivatives (derivative_id, format, width, height, size_bytes, url), thumbnails
 * (timestamp_ms, url), error.
 */
export async function enqueueAssetEvents(tx: Pick<Prisma.TransactionClient, 'webhookDelivery' | 'user'>, asset: Asset, events: AssetEvent[]): Promise<void> {
  const url = asset.webhookUrl ?? (await tx.user.findUnique({ where: { id: asset.userId }, select: { defaultWebhookUrl: true } }))?.defaultWebhookUrl;
  if (!url) return;
  const { derivatives, thumbnails, metadata } = readAsset(asset);
  for (const event of events) {
    const base = { asset_id: asset.id, profile: asset.profile };
    let payload: Record<string, unknown>;
    if (event === 'asset.processing') payload = { ...base, priority: asset.priority, metadata };
    else if (event === 'thumbnail.generated') payload = { ...base, thumbnails: thumbnails.map(serializeThumbnail), metadata };
    else if (event === 'asset.failed') {
      payload = { ...base, processing_ms: asset.processingMs, error: { code: 'processing_failed', message: asset.error ?? 'Processing failed.' }, metadata };
    } else {
      payload = {
        ...base,
        processing_ms: asset.processingMs,
        derivatives: derivatives.map(serializeDerivative),
        thumbnails: thumbnails.map(serializeThumbnail),
        metadata,
      };
    }
    await enqueueAssetEvent({ userId: asset.userId, assetId: asset.id, url, event, payload }, tx);
  }
}
