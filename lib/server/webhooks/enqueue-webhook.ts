import { randomUUID } from 'node:crypto';
import { db } from '../db/client';
import type { Render } from '../db/generated/client';

export interface WebhookOutcome {
  status: 'completed' | 'failed';
  videoUrl: string | null;
  error: string | null;
}

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
