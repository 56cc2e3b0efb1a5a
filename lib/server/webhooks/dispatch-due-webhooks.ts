import { db } from '../db/client';
import { attemptDelivery } from './attempt-delivery';

/** Claims and attempts the deliveries that are due. Safe with several dispatchers (leases). */
export async function dispatchDueWebhooks(owner: string, limit = 10): Promise<number> {
  const now = new Date();
  const due = await db.webhookDelivery.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  let sent = 0;
  for (const d of due) {
    // The lease is part of the condition: another dispatcher may have claimed this attempt since the read.
    const { count } = await db.webhookDelivery.updateMany({
      where: { id: d.id, status: 'pending', attempts: d.attempts, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: new Date() } }] },
      data: { leaseOwner: owner, leaseExpiresAt: new Date(Date.now() + 60_000) },
    });
    if (count === 0) continue;
    await attemptDelivery(d);
    sent++;
  }
  return sent;
}
