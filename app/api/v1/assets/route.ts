import { withApi } from '@/lib/api/with-api';
import { createAsset, serializeAssetSummary } from '@/lib/server/assets';

// POST /api/v1/assets – RendrSink: upload one file (multipart `file`, `profile`, optional `webhook_url`, `metadata`,
// `priority`, `derivatives`) onto the files store and queue its derivatives and thumbnails
export const POST = withApi(async ({ req, userId }) => {
  const { asset, estimatedMs } = await createAsset({ userId, body: req.body, contentType: req.headers.get('content-type') });
  const { asset_id, status, ...rest } = serializeAssetSummary(asset);
  return Response.json({ asset_id, status, estimated_ms: estimatedMs, ...rest }, { status: 201 });
}, { errors: 'rendrsink', rateLimit: 'uploads' });
