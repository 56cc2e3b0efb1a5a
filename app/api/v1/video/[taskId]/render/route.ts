import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { renderBody } from '@/lib/contract';
import { startRender } from '@/lib/server/renders';

// POST /api/v1/video/:taskId/render – charge credits and queue a render (or report it already done)
export const POST = withApi<{ taskId: string }>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, renderBody, { optional: true });
  return startRender({ userId, taskId: params.taskId, webhookUrl: body.webhook_url, numWorkers: body.num_workers });
}, { rateLimit: 'renders' });
