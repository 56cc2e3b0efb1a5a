import { db } from '../db/client';

/** The delivery log for the settings page, newest first, with every attempt. */
export async function listWebhookDeliveries(userId: string, take = 50) {
  return db.webhookDelivery.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take,
    include: { attemptLog: { orderBy: { attempt: 'asc' } } },
  });
}
