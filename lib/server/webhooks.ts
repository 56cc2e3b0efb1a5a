import { createHmac, randomUUID } from 'node:crypto';
import { db } from './db/client';
import type { Render } from './db/generated/client';

export interface WebhookOutcome {
  status: 'completed' | 'failed';
  videoUrl: string | null;
  error: string | null;
}

/** `HMAC-SHA256(secret, timestamp + "." + body)`, hex. Receivers recompute and compare. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Sends the documented payload (signed) to the render's webhook_url. Never throws. */
export async function enqueueWebhook(render: Render, outcome: WebhookOutcome): Promise<void> {
  if (!render.webhookUrl) return;
  const user = await db.user.findUnique({ where: { id: render.userId }, select: { webhookSecret: true } });
  if (!user) return;
  const timestamp = new Date().toISOString();
  const body = JSON.stringify({
    taskId: render.taskId,
    renderTaskId: render.id,
    status: outcome.status,
    videoUrl: outcome.videoUrl,
    error: outcome.error,
    timestamp,
  });
  const unix = String(Math.floor(Date.parse(timestamp) / 1000));
  try {
    await fetch(render.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Cutroom-Webhooks/1.0',
        'x-cutroom-event': `render.${outcome.status}`,
        'x-cutroom-delivery': randomUUID(),
        'x-cutroom-timestamp': unix,
        'x-cutroom-signature': `sha256=${signWebhook(user.webhookSecret, unix, body)}`,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    console.warn(`[webhook] delivery to ${render.webhookUrl} failed:`, err instanceof Error ? err.message : err);
  }
}
