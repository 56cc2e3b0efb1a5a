import { db } from '../db/client';
import { LEASE_MS } from './lease';

/** Extends the lease and records progress; false when the lease was lost (another worker took over). */
export async function heartbeat(input: { renderId: string; workerId: string; progress?: number; stage?: string }) {
  const { count } = await db.render.updateMany({
    where: { id: input.renderId, leaseOwner: input.workerId, status: 'rendering' },
    data: {
      leaseExpiresAt: new Date(Date.now() + LEASE_MS),
      ...(input.progress !== undefined ? { progress: Math.min(1, Math.max(0, input.progress)) } : {}),
      ...(input.stage ? { stage: input.stage } : {}),
    },
  });
  return count === 1;
}
