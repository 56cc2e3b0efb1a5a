import { ApiError } from '../errors';
import { recordMovement, type Tx } from './record-movement';

/** Takes `amount` credits inside a transaction, or throws INSUFFICIENT_CREDITS (the balance never goes negative). */
export async function chargeCredits(
  tx: Tx,
  input: { userId: string; amount: number; reason: string; taskId?: string; renderId?: string },
): Promise<number> {
  const after = await recordMovement(tx, { ...input, amount: -input.amount });
  if (after === null) {
    const balance = (await tx.user.findUnique({ where: { id: input.userId }, select: { credits: true } }))?.credits ?? 0;
    throw new ApiError('INSUFFICIENT_CREDITS', `Not enough credits: this render costs ${input.amount}, you have ${balance}.`, {
      required: input.amount,
      available: balance,
    });
  }
  return after;
}
