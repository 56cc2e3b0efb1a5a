import { parseJsonBody } from '@/lib/api/parse';
import { withApi } from '@/lib/api/with-api';
import { reprocessAssetBody } from '@/lib/contract';
import { reprocessAsset, serializeAssetSummary } from '@/lib/server/assets';

// POST /api/v1/assets/:id/reprocess – RendrSink: process a finished asset again, optionally with another profile → 202
export const POST = withApi<{ assetId: string }>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, reprocessAssetBody, { optional: true });
  const { asset, estimatedMs } = await reprocessAsset({ userId, assetId: params.assetId, ...body });
  const { asset_id, status, ...rest } = serializeAssetSummary(asset);
  return Response.json({ asset_id, status, estimated_ms: estimatedMs, ...rest }, { status: 202 });
}, { errors: 'rendrsink' });
