import { db } from '../db/client';
import { LEASE_MS } from '../renders/lease';

/** Extends a chunk's lease and records its progress (0–1); false when the lease was lost. */
export async function heartbeatRenderChunk(input: { chunkId: string; workerId: string; progress?: number }): Promise<boolean> {
  const { count } = await db.renderChunk.updateMany({
    where: { id: input.chunkId, leaseOwner: input.workerId, status: 'rendering' },
    data: {
      leaseExpiresAt: new Date(Date.now() + LEASE_MS),
      ...(input.progress !== undefined ? { progress: Math.min(1, Math.max(0, input.progress)) } : {}),
    },
  });
  return count === 1;
}
