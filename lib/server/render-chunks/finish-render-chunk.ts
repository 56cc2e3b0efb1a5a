import { db } from '../db/client';

/** Marks a chunk done; `outputKey` is its storage prefix (null: its coordinator rendered it for itself). False when the lease was lost. */
export async function completeRenderChunk(input: { chunkId: string; workerId: string; outputKey: string | null }): Promise<boolean> {
  const { count } = await db.renderChunk.updateMany({
    where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering' },
    data: { status: 'done', progress: 1, outputKey: input.outputKey, leaseExpiresAt: null, completedAt: new Date() },
  });
  return count === 1;
}

/** Records a chunk's failure; its render's coordinator fails the render with this error. */
export async function failRenderChunk(input: { chunkId: string; workerId: string; error: string }): Promise<boolean> {
  const { count } = await db.renderChunk.updateMany({
    where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering' },
    data: { status: 'failed', error: input.error.slice(0, 2000), leaseExpiresAt: null, completedAt: new Date() },
  });
  return count === 1;
}
