import { withApi } from '@/lib/api/with-api';
import { deleteAsset, getAssetOrThrow, serializeAsset } from '@/lib/server/assets';

type Params = { assetId: string };

// GET /api/v1/assets/:id – RendrSink: status, file, derivatives, thumbnails, processing_ms, error
export const GET = withApi<Params>(async ({ params, userId }) => {
  return Response.json(serializeAsset(await getAssetOrThrow({ assetId: params.assetId, userId })));
}, { errors: 'rendrsink' });

// DELETE /api/v1/assets/:id – RendrSink: the file, its derivatives and thumbnails, and the records (freeing quota)
export const DELETE = withApi<Params>(async ({ params, userId }) => {
  return Response.json(await deleteAsset({ assetId: params.assetId, userId }));
}, { errors: 'rendrsink' });
