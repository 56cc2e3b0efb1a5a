import { db } from '../db/client';
import { ApiError } from '../errors';
import { storageLimitFor, usedBytes } from '../files/quota';
import { startOfMonthUtc } from './usage';

/** Usage within one period [start, end): what GET /api/v1/usage reports for the current and the previous month. */
export interface PeriodUsage {
  start: Date;
  end: Date;
  /** Asset processing time (POST /api/v1/assets, reprocess) of the runs that finished in the period. */
  processingMinutes: number;
  assetsProcessed: number;
  /** Minutes of video rendered: the length of each render that completed in the period. */
  renderMinutes: number;
  renders: number;
  /** Credits charged for renders, less refunds. */
  creditsUsed: number;
  /** Credits granted (sign-up, grants, adjustments). */
  creditsAdded: number;
  /** Bytes of the uploads made in the period that are still stored. */
  uploadedBytes: number;
}

const minutes = (ms: number) => Math.round((ms / 60_000) * 100) / 100;

async function periodUsage(userId: string, start: Date, end: Date): Promise<PeriodUsage> {
  const within = { gte: start, lt: end };
  const [assets, renders, ledger, uploads] = await Promise.all([
    db.asset.aggregate({ where: { userId, completedAt: within }, _sum: { processingMs: true } }),
    db.render.aggregate({ where: { userId, status: 'completed', completedAt: within }, _sum: { duration: true }, _count: { _all: true } }),
    db.creditLedger.groupBy({ by: ['reason'], where: { userId, createdAt: within }, _sum: { amount: true } }),
    db.file.aggregate({ where: { userId, createdAt: within }, _sum: { size: true } }),
  ]);
  const processed = await db.asset.count({ where: { userId, status: 'processed', completedAt: within } });
  const sumOf = (reasons: string[]) => ledger.filter((r) => reasons.includes(r.reason)).reduce((n, r) => n + (r._sum.amount ?? 0), 0);
  return {
    start,
    end,
    processingMinutes: minutes(assets._sum.processingMs ?? 0),
    assetsProcessed: processed,
    renderMinutes: minutes((renders._sum.duration ?? 0) * 1000),
    renders: renders._count._all,
    creditsUsed: -sumOf(['render', 'refund']),
    creditsAdded: sumOf(['grant', 'signup', 'adjustment']),
    uploadedBytes: uploads._sum.size ?? 0,
  };
}

/**
 * An account's usage for the API: storage now (originals and derivatives, against the plan), the credit
 * balance, and the current calendar month (UTC, so far) beside the previous one. Storage has no history:
 * it is today's figure.
 */
export async function getPeriodUsage(userId: string, now: Date = new Date()) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { credits: true, plan: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  const currentStart = startOfMonthUtc(now);
  const previousStart = startOfMonthUtc(new Date(currentStart.getTime() - 1));
  const [used, current, previous] = await Promise.all([
    usedBytes(db, userId),
    periodUsage(userId, currentStart, now),
    periodUsage(userId, previousStart, currentStart),
  ]);
  return { plan: user.plan, storageUsed: used, storageQuota: storageLimitFor(user.plan), balance: user.credits, current, previous };
}
