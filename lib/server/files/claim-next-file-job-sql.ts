import { db } from '../db/client';

/**
 * The one statement that takes the oldest runnable upload-processing job (queued, or running with an
 * expired lease and attempts left) for `workerId`, `FOR UPDATE SKIP LOCKED` like the render claim
 * (lib/server/renders/claim-next-render-sql.ts). Returns the claimed id, or null.
 */
export async function claimOldestRunnableFileJob(input: { workerId: string; now: Date; leaseMs: number; maxAttempts: number }): Promise<string | null> {
  const { workerId, now, leaseMs, maxAttempts } = input;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "FileJob"
    SET "status" = 'running', "leaseOwner" = ${workerId}, "leaseExpiresAt" = ${new Date(now.getTime() + leaseMs)},
        "attempts" = "attempts" + 1, "startedAt" = ${now}
    WHERE "id" = (
      SELECT "id" FROM "FileJob"
      WHERE "status" = 'queued' OR ("status" = 'running' AND "leaseExpiresAt" < ${now} AND "attempts" < ${maxAttempts})
      ORDER BY "createdAt" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}
