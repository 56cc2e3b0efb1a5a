import { recordMovement, type Tx } from './record-movement';

/** Gives a failed render's credits back inside the caller's transaction (with the status change it belongs to). */
export async function refundCredits(
  tx: Tx,
  input: { userId: string; amount: number; note: string; taskId: string; renderId: string },
): Promise<number> {
  return (await recordMovement(tx, { ...input, reason: 'refund' })) as number; // an addition always succeeds
}
