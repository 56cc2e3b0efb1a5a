import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { renderPreviewBody } from '@/lib/contract';
import { renderPreview } from '@/lib/server/previews';

// POST /api/v1/preview/:tempId/render – clone a preview into a permanent task and start rendering it
export const POST = withApi<{ tempId: string }>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, renderPreviewBody, { optional: true });
  return renderPreview({
    userId,
    tempId: params.tempId,
    category: body.category,
    metadata: body.metadata,
    title: body.title,
    webhookUrl: body.webhook_url,
    numWorkers: body.num_workers,
  });
}, { rateLimit: 'renders' });
