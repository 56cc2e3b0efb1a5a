/** Processing priorities as stored on FileJob.priority. */
export const JOB_PRIORITY = { low: 0, normal: 1, high: 2 } as const;

/**
 * How long a waiting job takes to climb one priority level (aging, so low never starves): a job's
 * effective priority is `priority + floor(waitedMs / AGING_MS)`. With 60 s, a low job queued 2 minutes
 * ago ranks with a high job queued now, and wins against one queued later.
 */
export const AGING_MS = 60_000;

export interface JobCandidate {
  id: string;
  priority: number;
  createdAt: Date;
}

/** The effective priority of a job at `now` (see AGING_MS). */
export function effectivePriority(job: JobCandidate, now: Date, agingMs = AGING_MS): number {
  return job.priority + Math.floor(Math.max(0, now.getTime() - job.createdAt.getTime()) / agingMs);
}

/**
 * The job to run next: the highest effective priority, the oldest among equals. Within one priority the
 * oldest job always ranks highest, so the oldest runnable job of each priority is enough to choose from.
 */
export function pickNextJob<T extends JobCandidate>(candidates: readonly T[], now: Date, agingMs = AGING_MS): T | null {
  let best: T | null = null;
  for (const c of candidates) {
    if (!best) {
      best = c;
      continue;
    }
    const a = effectivePriority(c, now, agingMs);
    const b = effectivePriority(best, now, agingMs);
    if (a > b || (a === b && c.createdAt.getTime() < best.createdAt.getTime())) best = c;
  }
  return best;
}
