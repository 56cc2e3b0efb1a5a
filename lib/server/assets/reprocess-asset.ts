import type { AssetPriority, DerivativeRequest } from '../../contract';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { enqueueFileJobs } from '../files/file-jobs';
import { JOB_PRIORITY } from '../files/pick-next-job';
import { getStorage } from '../get-storage';
import { assetPrefix, type AssetWithFile } from './asset-record';
import { planForOptions } from './create-asset';
import { getAssetOrThrow } from './get-asset-or-throw';
import { estimateProcessingMs } from './plan-derivatives';

/**
 * POST /api/v1/assets/:id/reprocess: processes a finished asset again, with its profile or another one (and
 * optionally other derivatives or priority). The old derivatives and thumbnails are removed now; the file's
 * processing job is queued again (a fresh wait, so aging starts over). CONFLICT while it is still processing.
 */
export async function reprocessAsset(input: {
  userId: string;
  assetId: string;
  profile?: string;
  priority?: AssetPriority;
  derivatives?: DerivativeRequest[];
}): Promise<{ asset: AssetWithFile; estimatedMs: number }> {
  const asset = await getAssetOrThrow({ assetId: input.assetId, userId: input.userId });
  if (asset.status === 'queued' || asset.status === 'processing') {
    throw new ApiError('CONFLICT', 'The asset is still processing; reprocess it once it has finished.', { status: 'processing' });
  }
  const f = asset.file;
  const source = { width: f.width, height: f.height, durationSeconds: f.duration ?? 0, hasVideo: f.type === 'video' && !!f.width, hasAudio: !!f.hasAudio };
  const profile = input.profile ?? asset.profile;
  const plan = await planForOptions(input.userId, { profile, derivatives: input.derivatives ?? null }, source);
  const priority = input.priority ?? (asset.priority as AssetPriority);
  const now = new Date();
  // Before the job is queued again: a worker that claims it at once writes the new ones into the same folder.
  await getStorage().removePrefix(assetPrefix(f));
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.asset.updateMany({
      where: { id: asset.id, userId: input.userId, status: { in: ['processed', 'failed'] } },
      data: { profile, priority, plan: JSON.stringify(plan), status: 'queued', error: null, derivatives: null, thumbnails: null, processingMs: null, startedAt: null, completedAt: null },
    });
    if (count === 0) return false;
    await tx.file.update({ where: { id: f.id }, data: { status: 'processing', error: null } });
    await tx.fileJob.upsert({
      where: { fileId: f.id },
      create: { id: f.id, fileId: f.id, priority: JOB_PRIORITY[priority] },
      update: { status: 'queued', attempts: 0, priority: JOB_PRIORITY[priority], createdAt: now, error: null, leaseOwner: null, leaseExpiresAt: null, startedAt: null, completedAt: null },
    });
    return true;
  });
  if (!claimed) throw new ApiError('CONFLICT', 'The asset is already being reprocessed.', { status: 'processing' });
  await enqueueFileJobs([f.id]);
  return { asset: await getAssetOrThrow({ assetId: asset.id, userId: input.userId }), estimatedMs: estimateProcessingMs(source.durationSeconds, plan) };
}
