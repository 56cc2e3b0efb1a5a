import { db } from './db/client';
import { getSettings } from '../config/settings';
import { normalizeEmail } from './users';
import { storageLimitFor } from './files';
import { startOfMonthUtc } from './usage';

/** Whether the account is one of ADMIN_EMAILS. */
export function isAdminEmail(email: string): boolean {
  return getSettings().adminEmails.includes(normalizeEmail(email));
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
  const monthStart = startOfMonthUtc(now);
  const [users, videos, storage, renders] = await Promise.all([
    db.user.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.task.groupBy({ by: ['userId'], _count: { _all: true } }),
    db.file.groupBy({ by: ['userId'], _sum: { size: true } }),
    db.creditLedger.groupBy({ by: ['userId'], where: { reason: 'render', createdAt: { gte: monthStart } }, _count: { _all: true } }),
  ]);
  const videoCount = new Map(videos.map((v) => [v.userId, v._count._all]));
  const storageUsed = new Map(storage.map((s) => [s.userId, s._sum.size ?? 0]));
  const renderCount = new Map(renders.map((r) => [r.userId, r._count._all]));
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
