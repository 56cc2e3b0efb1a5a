import { db } from './db/client';
import { ApiError } from './errors';
import { storageLimitFor } from './files';

/** The first instant of the current calendar month, UTC: "this month" for usage counts. */
export function startOfMonthUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export interface Usage {
  balance: number;
  plan: string;
  storageUsed: number;
  storageQuota: number;
  /** Renders started this month (each one's charge is in the ledger, so deleting a video keeps it counted). */
  rendersThisMonth: number;
  monthStart: Date;
}

export async function getUsage(userId: string, now: Date = new Date()): Promise<Usage> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { credits: true, plan: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  const monthStart = startOfMonthUtc(now);
  const [storage, rendersThisMonth] = await Promise.all([
    db.file.aggregate({ where: { userId }, _sum: { size: true } }),
    db.creditLedger.count({ where: { userId, reason: 'render', createdAt: { gte: monthStart } } }),
  ]);
  return {
    balance: user.credits,
    plan: user.plan,
    storageUsed: storage._sum.size ?? 0,
    storageQuota: storageLimitFor(user.plan),
    rendersThisMonth,
    monthStart,
  };
}
