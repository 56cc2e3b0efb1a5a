import { db } from './db/client';

/** Liveness: the database answers a query. Throws when it does not. */
export async function checkHealth(): Promise<{ ok: true }> {
  await db.user.count();
  return { ok: true };
}
