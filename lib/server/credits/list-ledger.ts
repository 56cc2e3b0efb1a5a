import { db } from '../db/client';

export interface LedgerEntry {
  id: string;
  createdAt: Date;
  reason: string;
  amount: number;
  balanceAfter: number;
  note: string | null;
  taskId: string | null;
  /** The video's title while it exists; null when there is none or it was deleted. */
  taskTitle: string | null;
}

/** The account's credit movements, newest first, each with its video when that still exists. */
export async function listLedger(input: { userId: string; page: number; limit: number }) {
  const where = { userId: input.userId };
  const [rows, total] = await Promise.all([
    db.creditLedger.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.limit,
      take: input.limit,
    }),
    db.creditLedger.count({ where }),
  ]);
  const taskIds = [...new Set(rows.flatMap((r) => (r.taskId ? [r.taskId] : [])))];
  const tasks = await db.task.findMany({ where: { id: { in: taskIds }, userId: input.userId }, select: { id: true, title: true } });
  const titles = new Map(tasks.map((t) => [t.id, t.title]));
  const entries: LedgerEntry[] = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    reason: r.reason,
    amount: r.amount,
    balanceAfter: r.balanceAfter,
    note: r.note,
    taskId: r.taskId,
    taskTitle: r.taskId ? (titles.get(r.taskId) ?? null) : null,
  }));
  return { entries, total };
}
