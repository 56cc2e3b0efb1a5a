import { db } from '../db/client';
import type { Render } from '../db/generated/client';
import { LEASE_MS, MAX_ATTEMPTS, runnable } from './lease';
import { failAbandonedRenders } from './fail-render';
import { claimOldestRunnableRender } from './claim-next-render-sql';

/** The claim itself: a conditional update that only one worker can win for a given job state. */
async function tryClaim(candidate: Pick<Render, 'id' | 'status' | 'attempts'>, workerId: string, now: Date): Promise<Render | null> {
  const { count } = await db.render.updateMany({
    where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts, ...runnable(now) },
    data: {
      status: 'rendering',
      stage: 'rendering',
      progress: 0,
      leaseOwner: workerId,
      leaseExpiresAt: new Date(now.getTime() + LEASE_MS),
      attempts: { increment: 1 },
      startedAt: now,
    },
  });
  return count === 1 ? db.render.findUniqueOrThrow({ where: { id: candidate.id } }) : null;
}

/**
 * Claims the oldest runnable job: queued, or rendering with an expired lease (its worker died). One
 * statement with FOR UPDATE SKIP LOCKED (claim-next-render-sql.ts): concurrent workers take different jobs.
 */
export async function claimNextRender(workerId: string): Promise<Render | null> {
  await failAbandonedRenders();
  const id = await claimOldestRunnableRender({ workerId, now: new Date(), leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS });
  return id ? db.render.findUniqueOrThrow({ where: { id } }) : null;
}

export type ClaimOutcome =
  | { kind: 'claimed'; render: Render }
  /** Another worker holds a live lease; it may have just died, so the caller can retry after `until`. */
  | { kind: 'leased'; until: Date }
  /** Finished, failed (possibly just now, after the last attempt) or deleted: nothing to do. */
  | { kind: 'gone' };

/**
 * Claims one specific job (a queue delivered its id), through the same conditional update as
 * claimNextRender. A job out of attempts is failed with a refund here.
 */
export async function claimRender(renderId: string, workerId: string): Promise<ClaimOutcome> {
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const render = await db.render.findUnique({ where: { id: renderId } });
    if (!render || render.status === 'completed' || render.status === 'failed') return { kind: 'gone' };
    const isLeaseLive = render.status === 'rendering' && render.leaseExpiresAt !== null && render.leaseExpiresAt >= now;
    if (isLeaseLive) return { kind: 'leased', until: render.leaseExpiresAt as Date };
    if (render.status === 'rendering' && render.attempts >= MAX_ATTEMPTS) {
      await failAbandonedRenders();
      return { kind: 'gone' };
    }
    const claimed = await tryClaim(render, workerId, now);
    if (claimed) return { kind: 'claimed', render: claimed };
  }
  return { kind: 'gone' };
}
