import { db } from '../db/client';
import type { WebhookDelivery } from '../db/generated/client';

/**
 * Leases up to `limit` due webhook deliveries (pending, due, not leased or lease expired) to `owner` for
 * `leaseMs`, oldest due first, in one statement: `FOR UPDATE SKIP LOCKED`, so two dispatchers split the due
 * deliveries between them instead of both reading the same ones. Returns the leased deliveries.
 */
export async function claimDueDeliveries(input: { owner: string; now: Date; leaseMs: number; limit: number }): Promise<WebhookDelivery[]> {
  const { owner, now, leaseMs, limit } = input;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery"
    SET "leaseOwner" = ${owner}, "leaseExpiresAt" = ${new Date(now.getTime() + leaseMs)}
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" < ${now})
      ORDER BY "nextAttemptAt" ASC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (rows.length === 0) return [];
  const deliveries = await db.webhookDelivery.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { nextAttemptAt: 'asc' } });
  return deliveries;
}
