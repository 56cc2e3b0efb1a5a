import { enqueueChunk } from '../../queue/render-queue';
import { db } from '../db/client';
import { MAX_ATTEMPTS } from '../renders/lease';

/** Marks a chunk done; `outputKey` is its storage prefix (null: its coordinator rendered it for itself). False when the lease was lost. */
export async function completeRenderChunk(input: { chunkId: string; workerId: string; outputKey: string | null }): Promise<boolean> {
  const { count } = await db.renderChunk.updateMany({
    where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering' },
    data: { status: 'done', progress: 1, outputKey: input.outputKey, leaseExpiresAt: null, completedAt: new Date() },
  });
  return count === 1;
}

/**
 * Records a chunk's failure; its render's coordinator fails the render with this error. With `retry` (a
 * failure of the worker, not of the config: a browser that timed out or crashed) the chunk is queued again
 * for any worker while it has attempts left.
 */
export async function failRenderChunk(input: { chunkId: string; workerId: string; error: string; retry?: boolean }): Promise<boolean> {
  if (input.retry) {
    const { count } = await db.renderChunk.updateMany({
      where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering', attempts: { lt: MAX_ATTEMPTS } },
      data: { status: 'queued', progress: 0, error: input.error.slice(0, 2000), leaseOwner: null, leaseExpiresAt: null },
    });
    if (count === 1) {
      await enqueueChunk(input.chunkId);
      return true;
    }
  }
  const { count } = await db.renderChunk.updateMany({
    where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering' },
    data: { status: 'failed', error: input.error.slice(0, 2000), leaseExpiresAt: null, completedAt: new Date() },
  });
  return count === 1;
}
