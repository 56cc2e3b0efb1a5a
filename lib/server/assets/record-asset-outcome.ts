import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { enqueueAssetEvents } from './asset-events';
import type { AssetOutputs } from './process-asset';

/**
 * A processing run has begun for the file's asset: queued → processing, and `asset.processing` sent, once
 * per run (a retry after a crash finds it processing already and sends nothing).
 */
export async function markAssetProcessing(fileId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.asset.updateMany({ where: { fileId, status: 'queued' }, data: { status: 'processing', startedAt: new Date() } });
    if (count === 0) return;
    const asset = await tx.asset.findUniqueOrThrow({ where: { fileId } });
    await enqueueAssetEvents(tx, asset, ['asset.processing']);
  });
}

/**
 * Records what the run made, inside the transaction that finishes the job: processed (thumbnail.generated
 * when there are thumbnails, then asset.processed and asset.delivered: the outputs are stored and their URLs
 * answer) or failed (asset.failed with the reason).
 */
export async function recordAssetOutcome(tx: Prisma.TransactionClient, fileId: string, outputs: AssetOutputs): Promise<void> {
  const asset = await tx.asset.findUnique({ where: { fileId } });
  if (!asset) return;
  const now = new Date();
  const isProcessed = outputs.error === null;
  const updated = await tx.asset.update({
    where: { id: asset.id },
    data: {
      status: isProcessed ? 'processed' : 'failed',
      error: outputs.error?.slice(0, 2000) ?? null,
      derivatives: JSON.stringify(outputs.derivatives),
      thumbnails: JSON.stringify(outputs.thumbnails),
      processingMs: now.getTime() - (asset.startedAt ?? asset.createdAt).getTime(),
      completedAt: now,
    },
  });
  const events = isProcessed
    ? [...(outputs.thumbnails.length ? (['thumbnail.generated'] as const) : []), 'asset.processed' as const, 'asset.delivered' as const]
    : (['asset.failed'] as const);
  await enqueueAssetEvents(tx, updated, [...events]);
}

/** The job was given up (its worker died every attempt): the asset fails with the reason. */
export async function failAssetOfFile(tx: Prisma.TransactionClient, fileId: string, error: string): Promise<void> {
  const asset = await tx.asset.findUnique({ where: { fileId } });
  if (!asset || asset.status === 'processed' || asset.status === 'failed') return;
  await recordAssetOutcome(tx, fileId, { derivatives: [], thumbnails: [], bytes: 0, error });
}
