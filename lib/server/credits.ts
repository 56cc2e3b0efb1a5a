import { db } from './db/client';
import { ApiError } from './errors';
import { newRowId } from './ids';

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export async function getBalance(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { credits: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return user.credits;
}

/**
 * Takes `amount` credits inside a transaction, or throws INSUFFICIENT_CREDITS. The conditional
 * update (`credits >= amount`) is what keeps the balance from going negative under concurrency.
 */
export async function chargeCredits(
  tx: Tx,
  input: { userId: string; amount: number; reason: string; taskId?: string; renderId?: string },
): Promise<number> {
  const { count } = await tx.user.updateMany({
    where: { id: input.userId, credits: { gte: input.amount } },
    data: { credits: { decrement: input.amount } },
  });
  if (count === 0) {
    const balance = (await tx.user.findUnique({ where: { id: input.userId }, select: { credits: true } }))?.credits ?? 0;
    throw new ApiError('INSUFFICIENT_CREDITS', `Not enough credits: this render costs ${input.amount}, you have ${balance}.`, {
      required: input.amount,
      available: balance,
    });
  }
  const after = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { credits: true } });
  await tx.creditLedger.create({
    data: {
      id: newRowId(),
      userId: input.userId,
      amount: -input.amount,
      balanceAfter: after.credits,
      reason: input.reason,
      taskId: input.taskId ?? null,
      renderId: input.renderId ?? null,
    },
  });
  return after.credits;
}

/** Adds (or, with a negative amount, removes) credits and records it. A removal never goes below 0. */
export async function grantCredits(input: {
  userId: string;
  amount: number;
  reason?: 'grant' | 'refund' | 'adjustment';
  note?: string;
  taskId?: string;
  renderId?: string;
}): Promise<number> {
  if (!Number.isInteger(input.amount) || input.amount === 0) {
    throw new ApiError('INVALID_REQUEST', 'Amount must be a non-zero whole number.');
  }
  return db.$transaction(async (tx) => {
    if (input.amount < 0) {
      const { count } = await tx.user.updateMany({
        where: { id: input.userId, credits: { gte: -input.amount } },
        data: { credits: { increment: input.amount } },
      });
      if (count === 0) throw new ApiError('INSUFFICIENT_CREDITS', 'The balance cannot go below zero.');
    } else {
      await tx.user.update({ where: { id: input.userId }, data: { credits: { increment: input.amount } } });
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { credits: true } });
    await tx.creditLedger.create({
      data: {
        id: newRowId(),
        userId: input.userId,
        amount: input.amount,
        balanceAfter: after.credits,
        reason: input.reason ?? (input.amount < 0 ? 'adjustment' : 'grant'),
        note: input.note ?? null,
        taskId: input.taskId ?? null,
        renderId: input.renderId ?? null,
      },
    });
    return after.credits;
  });
}

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
