import { db } from '../db/client';
import { ApiError } from '../errors';
import { storageLimitFor, usedBytesByUser } from '../files/quota';

/**
 * An account's usage: balance, storage against its plan's quota, renders this month. The one place
 * these are computed, for the settings page (getUsage) and the admin page (listAccountUsage).
 */

/** The first instant of the current calendar month, UTC: "this month" for usage counts. */
export function startOfMonthUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * Renders started since `since`, per account: each one's charge is in the ledger, so deleting a video
 * keeps it counted. One account's, or everyone's when `userId` is omitted.
 */
async function rendersSinceByUser(since: Date, userId?: string): Promise<Map<string, number>> {
  const rows = await db.creditLedger.groupBy({
    by: ['userId'],
    where: { reason: 'render', createdAt: { gte: since }, ...(userId ? { userId } : {}) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.userId, r._count._all]));
}

export interface Usage {
  balance: number;
  plan: string;
  storageUsed: number;
  storageQuota: number;
  /** Renders started this month. */
  rendersThisMonth: number;
  monthStart: Date;
}

export async function getUsage(userId: string, now: Date = new Date()): Promise<Usage> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { credits: true, plan: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  const monthStart = startOfMonthUtc(now);
  const [storage, renders] = await Promise.all([usedBytesByUser(db, userId), rendersSinceByUser(monthStart, userId)]);
  return {
    balance: user.credits,
    plan: user.plan,
    storageUsed: storage.get(userId) ?? 0,
    storageQuota: storageLimitFor(user.plan),
    rendersThisMonth: renders.get(userId) ?? 0,
    monthStart,
  };
}

export interface AccountUsageRow {
  id: string;
  email: string;
  name: string | null;
  plan: string;
  credits: number;
  videos: number;
  storageUsed: number;
  storageQuota: number;
  rendersThisMonth: number;
  createdAt: Date;
}

/** Every account with its balance and usage, oldest first: the admin page. */
export async function listAccountUsage(now: Date = new Date()): Promise<AccountUsageRow[]> {
  const [users, videos, storageUsed, renderCount] = await Promise.all([
    db.user.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.task.groupBy({ by: ['userId'], _count: { _all: true } }),
    usedBytesByUser(db),
    rendersSinceByUser(startOfMonthUtc(now)),
  ]);
  const videoCount = new Map(videos.map((v) => [v.userId, v._count._all]));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    plan: u.plan,
    credits: u.credits,
    videos: videoCount.get(u.id) ?? 0,
    storageUsed: storageUsed.get(u.id) ?? 0,
    storageQuota: storageLimitFor(u.plan),
    rendersThisMonth: renderCount.get(u.id) ?? 0,
    createdAt: u.createdAt,
  }));
}
