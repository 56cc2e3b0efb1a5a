import type { Tx } from '../credits/record-movement';

/**
 * Locks the account's row until the caller's transaction ends (`SELECT … FOR UPDATE`): for checks that read
 * a sum and then write, like the storage quota, so two concurrent requests of one account take turns instead
 * of both passing the check (SQLite serialised every write transaction; PostgreSQL runs them side by side).
 */
export async function lockAccount(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}
