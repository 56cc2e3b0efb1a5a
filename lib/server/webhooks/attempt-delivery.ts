import { getSettings } from '../../config';
import { db } from '../db/client';
import type { WebhookDelivery } from '../db/generated/client';
import { newRowId } from '../ids';
import { signRendrSinkBody, signWebhook } from './webhook-signature';
import { outboundFetch, OutboundError } from '../net/outbound-fetch';

/**
 * Delay before attempt n+1 after n failed attempts: 6 attempts over about an hour
 * (now, +30 s, +2 min, +8 min, +20 min, +30 min). WEBHOOK_RETRY_DELAYS_MS overrides (tests).
 */
export function retryDelaysMs(): number[] {
  return getSettings().webhookRetryDelaysMs;
}

/** One delivery attempt; logs it and schedules the next one or gives up. */
export async function attemptDelivery(delivery: WebhookDelivery): Promise<'delivered' | 'retry' | 'failed'> {
  const user = await db.user.findUnique({ where: { id: delivery.userId }, select: { webhookSecret: true } });
  const attempt = delivery.attempts + 1;
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  let sentBody: string | null = null;
  if (!user) {
    error = 'account deleted';
  } else {
    try {
      const sentAt = new Date();
      const timestamp = String(Math.floor(sentAt.getTime() / 1000));
      let body = delivery.body;
      let headers: Record<string, string>;
      if (delivery.scheme === 'rendrsink') {
        // The signature covers the body alone, and receivers refuse replays by its `timestamp`: each attempt is stamped anew.
        body = restamp(delivery.body, sentAt);
        sentBody = body;
        headers = {
          'x-fv-event': delivery.event,
          'x-fv-delivery-id': delivery.id,
          'x-fv-timestamp': timestamp,
          'x-fv-signature': `sha256=${signRendrSinkBody(user.webhookSecret, body)}`,
        };
      } else {
        headers = {
          'x-cutroom-event': delivery.event,
          'x-cutroom-delivery': delivery.id,
          'x-cutroom-timestamp': timestamp,
          'x-cutroom-signature': `sha256=${signWebhook(user.webhookSecret, timestamp, body)}`,
        };
      }
      // The address policy is applied to the address this attempt connects to (not to an earlier lookup).
      const res = await outboundFetch(delivery.url, {
        method: 'POST',
        allowPrivate: getSettings().allowPrivateWebhooks,
        timeoutMs: 10_000,
        maxBytes: 64 * 1024,
        headersOnly: true,
        headers: { 'content-type': 'application/json', 'user-agent': 'Cutroom-Webhooks/1.0', ...headers },
        body,
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
        ...(sentBody !== null ? { body: sentBody } : {}),
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

/** The stored event body with `timestamp` set to this attempt's time (the log keeps the last one sent). */
function restamp(body: string, at: Date): string {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  return JSON.stringify({ ...parsed, timestamp: at.toISOString() });
}
