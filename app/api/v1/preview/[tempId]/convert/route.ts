import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { convertPreviewBody } from '@/lib/contract';
import { convertPreview } from '@/lib/server/previews';

// POST /api/v1/preview/:tempId/convert – clone a preview into a permanent task (the preview stays usable)
export const POST = withApi<{ tempId: string }>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, convertPreviewBody, { optional: true });
  return convertPreview({ userId, tempId: params.tempId, category: body.category, metadata: body.metadata, title: body.title });
});
