import { db } from '../db/client';
import { newRowId } from '../ids';

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export interface Movement {
  userId: string;
  /** Credits added (positive) or taken (negative). */
  amount: number;
  /** The ledger's reason: signup, render, refund, grant, adjustment. */
  reason: string;
  note?: string | null;
  taskId?: string | null;
  renderId?: string | null;
}

/**
 * Moves credits and records the movement in the ledger, inside the caller's transaction: the one
 * writer of balances for charges, refunds and grants. A removal is a conditional decrement
 * (`credits >= amount`), which is what keeps the balance from going negative under concurrency; it
 * answers null when the balance is too small, so each caller words its own INSUFFICIENT_CREDITS.
 * Returns the balance after the movement.
 */
export async function recordMovement(tx: Tx, movement: Movement): Promise<number | null> {
  const { userId, amount } = movement;
  if (amount < 0) {
    const { count } = await tx.user.updateMany({
      where: { id: userId, credits: { gte: -amount } },
      data: { credits: { increment: amount } },
    });
    if (count === 0) return null;
  } else {
    await tx.user.update({ where: { id: userId }, data: { credits: { increment: amount } } });
  }
  const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { credits: true } });
  await tx.creditLedger.create({
    data: {
      id: newRowId(),
      userId,
      amount,
      balanceAfter: after.credits,
      reason: movement.reason,
      note: movement.note ?? null,
      taskId: movement.taskId ?? null,
      renderId: movement.renderId ?? null,
    },
  });
  return after.credits;
}
