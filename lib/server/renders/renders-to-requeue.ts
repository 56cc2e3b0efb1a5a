import { db } from '../db/client';
import { runnable } from './lease';
import { failAbandonedRenders } from './fail-render';

/**
 * For queue-fed workers: the ids of jobs that should be in the queue, so a job whose delivery was lost
 * (Redis down at startRender, a flushed queue, BullMQ giving up on stalls) is handed out again.
 * Fails the jobs that ran out of attempts first.
 */
export async function rendersToRequeue(limit = 100): Promise<string[]> {
  await failAbandonedRenders();
  const rows = await db.render.findMany({ where: runnable(new Date()), orderBy: { createdAt: 'asc' }, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}
