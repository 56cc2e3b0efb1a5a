import { getSettings, PLAN_NAMES, type PlanName } from '../../config';
import { db } from '../db/client';
import { getUserOrThrow } from '../accounts/get-user-or-throw';

export type Plan = PlanName;
export const isPlan = (name: string): name is Plan => (PLAN_NAMES as readonly string[]).includes(name);

type Db = Pick<typeof db, 'file'>;

/** Bytes of storage a plan allows (PLAN_STORAGE_LIMITS, else the defaults); an unknown plan gets the free allowance. */
export function storageLimitFor(plan: string): number {
  const limits = getSettings().planStorageBytes;
  return isPlan(plan) ? limits[plan] : limits.free;
}

/**
 * Bytes stored by each account (its uploads and their derivatives): the one count behind the upload quota, the
 * settings page and the admin page. One account's, or everyone's when `userId` is omitted.
 */
export async function usedBytesByUser(client: Db, userId?: string): Promise<Map<string, number>> {
  // The quota counts what the account stores: originals and their derivatives (thumbnail, filmstrip, proxy…).
  const rows = await client.file.groupBy({ by: ['userId'], where: userId ? { userId } : {}, _sum: { size: true, derivedSize: true } });
  return new Map(rows.map((r) => [r.userId, (r._sum.size ?? 0) + (r._sum.derivedSize ?? 0)]));
}

/** Bytes stored by one account; pass a transaction to count inside it. */
export async function usedBytes(client: Db, userId: string): Promise<number> {
  return (await usedBytesByUser(client, userId)).get(userId) ?? 0;
}

/** The account's storage: bytes used by its uploads, and its plan's limit. */
export async function getStorageUsage(userId: string) {
  const user = await getUserOrThrow(userId);
  return { plan: user.plan, used: await usedBytes(db, userId), limit: storageLimitFor(user.plan) };
}
