import { refundCredits } from '../credits';
import { db } from '../db/client';
import { enqueueWebhook } from '../webhooks/enqueue-webhook';
import { MAX_ATTEMPTS } from './lease';

/**
 * Fails a job. `refund` is for failures on our side (crash, timeout, internal error); a failure the
 * config caused (bad media) keeps the charge, since the work was done.
 */
export async function failRender(input: { renderId: string; workerId?: string; error: string; refund: boolean }) {
  // One transaction: a render is never failed without its refund, nor refunded twice.
  const render = await db.$transaction(async (tx) => {
    const { count } = await tx.render.updateMany({
      where: { id: input.renderId, status: { in: ['queued', 'rendering'] }, ...(input.workerId ? { leaseOwner: input.workerId } : {}) },
      data: { status: 'failed', error: input.error, completedAt: new Date(), leaseExpiresAt: null },
    });
    if (count === 0) return null;
    let r = await tx.render.findUniqueOrThrow({ where: { id: input.renderId } });
    const isRefunded = input.refund && r.cost > 0;
    // The task reports what the account paid for this render, as the ledger does: nothing once refunded.
    await tx.task.updateMany({ where: { id: r.taskId, status: 'rendering' }, data: { status: 'failed', costCredits: isRefunded ? 0 : r.cost } });
    if (isRefunded) {
      r = await tx.render.update({ where: { id: r.id }, data: { refunded: true } });
      await refundCredits(tx, { userId: r.userId, amount: r.cost, note: `Refund for failed render ${r.id}`, taskId: r.taskId, renderId: r.id });
    }
    return r;
  });
  if (!render) return null;
  if (render.webhookUrl) await enqueueWebhook(render, { status: 'failed', videoUrl: null, error: input.error });
  return render;
}

/** Jobs whose worker died on every attempt: fail them with a clear error and refund. */
export async function failAbandonedRenders() {
  const stuck = await db.render.findMany({
    where: { status: 'rendering', leaseExpiresAt: { lt: new Date() }, attempts: { gte: MAX_ATTEMPTS } },
    select: { id: true, attempts: true },
  });
  for (const r of stuck) {
    await failRender({
      renderId: r.id,
      error: `The render worker stopped responding ${r.attempts} times; giving up. Your credits were refunded.`,
      refund: true,
    });
  }
}
