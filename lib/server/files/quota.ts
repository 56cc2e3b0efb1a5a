import { db } from '../db/client';
import { getUserOrThrow } from '../accounts/get-user-or-throw';

/** Storage each plan allows, in bytes. */
export const plans = { free: 512 * 1024 ** 2, starter: 10 * 1024 ** 3, standard: 20 * 1024 ** 3, pro: 50 * 1024 ** 3 } as const;
export type Plan = keyof typeof plans;

type Db = Pick<typeof db, 'file'>;

/** Bytes of storage a plan allows; an unknown plan gets the free allowance. */
export function storageLimitFor(plan: string): number {
  return Object.hasOwn(plans, plan) ? plans[plan as Plan] : plans.free;
}

/**
 * Bytes stored by each account (the sum of its uploads): the one count behind the upload quota, the
 * settings page and the admin page. One account's, or everyone's when `userId` is omitted.
 */
export async function usedBytesByUser(client: Db, userId?: string): Promise<Map<string, number>> {
  const rows = await client.file.groupBy({ by: ['userId'], where: userId ? { userId } : {}, _sum: { size: true } });
  return new Map(rows.map((r) => [r.userId, r._sum.size ?? 0]));
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
