import { db } from '../db/client';
import type { RenderChunk } from '../db/generated/client';
import { LEASE_MS, MAX_ATTEMPTS } from '../renders/lease';

/** A chunk is runnable when queued, or rendering with an expired lease (its worker died) and attempts left, while its render runs. */
const runnableChunk = (now: Date) => ({
  OR: [{ status: 'queued' }, { status: 'rendering', leaseExpiresAt: { lt: now }, attempts: { lt: MAX_ATTEMPTS } }],
  render: { is: { status: 'rendering' } },
});

/** The claim: a conditional update only one worker can win for a given chunk state. */
async function tryClaim(candidate: Pick<RenderChunk, 'id' | 'status' | 'attempts'>, workerId: string, now: Date): Promise<RenderChunk | null> {
  const { count } = await db.renderChunk.updateMany({
    where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts, ...runnableChunk(now) },
    data: { status: 'rendering', progress: 0, leaseOwner: workerId, leaseExpiresAt: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 }, startedAt: now },
  });
  return count === 1 ? db.renderChunk.findUniqueOrThrow({ where: { id: candidate.id } }) : null;
}

/** Claims the oldest runnable chunk of any render (the workers' sweep of the database). */
export async function claimNextRenderChunk(workerId: string): Promise<RenderChunk | null> {
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const candidate = await db.renderChunk.findFirst({ where: runnableChunk(now), orderBy: [{ createdAt: 'asc' }, { index: 'asc' }] });
    if (!candidate) return null;
    const claimed = await tryClaim(candidate, workerId, now);
    if (claimed) return claimed;
  }
  return null;
}

/** Claims one chunk (delivered by BullMQ, or taken over by its render's coordinator); null when not runnable. */
export async function claimRenderChunk(chunkId: string, workerId: string): Promise<RenderChunk | null> {
  const now = new Date();
  const row = await db.renderChunk.findUnique({ where: { id: chunkId } });
  return row ? tryClaim(row, workerId, now) : null;
}

/** The ids of runnable chunks, for queue-fed workers' sweep (a lost delivery, an expired lease). */
export async function renderChunksToRequeue(limit = 100): Promise<string[]> {
  const rows = await db.renderChunk.findMany({ where: runnableChunk(new Date()), orderBy: { createdAt: 'asc' }, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}
