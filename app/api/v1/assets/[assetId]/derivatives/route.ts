import { withApi } from '@/lib/api/with-api';
import { getAssetOrThrow, serializeAsset } from '@/lib/server/assets';

// GET /api/v1/assets/:id/derivatives – RendrSink: the derivatives made so far (all of them once processed)
export const GET = withApi<{ assetId: string }>(async ({ params, userId }) => {
  const { asset_id, status, derivatives } = serializeAsset(await getAssetOrThrow({ assetId: params.assetId, userId }));
  return Response.json({ asset_id, status, derivatives });
}, { errors: 'rendrsink' });
