import { randomUUID } from 'node:crypto';
import { db } from './db/client';
import type { Render, WebhookDelivery } from './db/generated/client';
import { newRowId } from './ids';
import { outboundFetch, OutboundError } from './net/outbound-fetch';
import { getSettings } from './settings';
import { signWebhook } from './webhook-signature';

export { signWebhook, verifyWebhookSignature } from './webhook-signature';

export interface WebhookOutcome {
  status: 'completed' | 'failed';
  videoUrl: string | null;
  error: string | null;
}

/**
 * Delay before attempt n+1 after n failed attempts: 6 attempts over about an hour
 * (now, +30 s, +2 min, +8 min, +20 min, +30 min). WEBHOOK_RETRY_DELAYS_MS overrides (tests).
 */
export function retryDelaysMs(): number[] {
  const fromEnv = process.env.WEBHOOK_RETRY_DELAYS_MS;
  if (fromEnv) return fromEnv.split(',').map(Number);
  return [30_000, 120_000, 480_000, 1_200_000, 1_800_000];
}
export const maxAttempts = () => retryDelaysMs().length + 1;

/** Records the documented payload for delivery; the dispatcher sends it, retrying with backoff. */
export async function enqueueWebhook(render: Render, outcome: WebhookOutcome): Promise<void> {
  if (!render.webhookUrl) return;
  const body = JSON.stringify({
    taskId: render.taskId,
    renderTaskId: render.id,
    status: outcome.status,
    videoUrl: outcome.videoUrl,
    error: outcome.error,
    timestamp: new Date().toISOString(),
  });
  await db.webhookDelivery.create({
    data: {
      id: `whd_${randomUUID()}`,
      userId: render.userId,
      renderId: render.id,
      taskId: render.taskId,
      url: render.webhookUrl,
      event: `render.${outcome.status}`,
      body,
    },
  });
}

/** One delivery attempt; logs it and schedules the next one or gives up. */
export async function attemptDelivery(delivery: WebhookDelivery): Promise<'delivered' | 'retry' | 'failed'> {
  const user = await db.user.findUnique({ where: { id: delivery.userId }, select: { webhookSecret: true } });
  const attempt = delivery.attempts + 1;
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  if (!user) {
    error = 'account deleted';
  } else {
    try {
      const timestamp = String(Math.floor(Date.now() / 1000));
      // The address policy is applied to the address this attempt connects to (not to an earlier lookup).
      const res = await outboundFetch(delivery.url, {
        method: 'POST',
        allowPrivate: getSettings().allowPrivateWebhooks,
        timeoutMs: 10_000,
        maxBytes: 64 * 1024,
        headersOnly: true,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Cutroom-Webhooks/1.0',
          'x-cutroom-event': delivery.event,
          'x-cutroom-delivery': delivery.id,
          'x-cutroom-timestamp': timestamp,
          'x-cutroom-signature': `sha256=${signWebhook(user.webhookSecret, timestamp, delivery.body)}`,
        },
        body: delivery.body,
      });
      statusCode = res.status;
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof OutboundError ? err.message : err instanceof Error ? err.message : String(err);
    }
  }
  const durationMs = Date.now() - started;
  const isDelivered = error === null;
  const delays = retryDelaysMs();
  const isFinal = !isDelivered && (attempt >= delays.length + 1 || !user);
  await db.$transaction([
    db.webhookAttempt.create({ data: { id: newRowId(), deliveryId: delivery.id, attempt, statusCode, durationMs, error } }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempt,
        status: isDelivered ? 'delivered' : isFinal ? 'failed' : 'pending',
        deliveredAt: isDelivered ? new Date() : null,
        nextAttemptAt: new Date(Date.now() + (delays[attempt - 1] ?? 0)),
        leaseOwner: null,
        leaseExpiresAt: null,
      },
    }),
  ]);
  return isDelivered ? 'delivered' : isFinal ? 'failed' : 'retry';
}

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

/** The delivery log for the settings page, newest first, with every attempt. */
export async function listWebhookDeliveries(userId: string, take = 50) {
  return db.webhookDelivery.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take,
    include: { attemptLog: { orderBy: { attempt: 'asc' } } },
  });
}
