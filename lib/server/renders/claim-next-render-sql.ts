import { db } from '../db/client';

/**
 * The one statement that takes the oldest runnable render (queued, or rendering with an expired lease and
 * attempts left) for `workerId`. `FOR UPDATE SKIP LOCKED`: workers claiming at the same moment each lock a
 * different row instead of queueing behind (and then losing to) the first; the lease and the attempt are
 * written in the same statement. Returns the claimed id, or null when nothing is runnable.
 */
export async function claimOldestRunnableRender(input: { workerId: string; now: Date; leaseMs: number; maxAttempts: number }): Promise<string | null> {
  const { workerId, now, leaseMs, maxAttempts } = input;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Render"
    SET "status" = 'rendering', "stage" = 'rendering', "progress" = 0, "leaseOwner" = ${workerId},
        "leaseExpiresAt" = ${new Date(now.getTime() + leaseMs)}, "attempts" = "attempts" + 1, "startedAt" = ${now}
    WHERE "id" = (
      SELECT "id" FROM "Render"
      WHERE "status" = 'queued' OR ("status" = 'rendering' AND "leaseExpiresAt" < ${now} AND "attempts" < ${maxAttempts})
      ORDER BY "createdAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}
