import { db } from '../db/client';
import { ApiError } from '../errors';
import { recordMovement } from './record-movement';

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
    const after = await recordMovement(tx, { ...input, reason: input.reason ?? (input.amount < 0 ? 'adjustment' : 'grant') });
    if (after === null) throw new ApiError('INSUFFICIENT_CREDITS', 'The balance cannot go below zero.');
    return after;
  });
}
