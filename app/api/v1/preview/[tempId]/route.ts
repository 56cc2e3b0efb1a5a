import { withApi } from '@/lib/api/with-api';
import { deletePreview, getPreview } from '@/lib/server/previews';

type Params = { tempId: string };

// GET /api/v1/preview/:tempId – the config behind a temporary preview
export const GET = withApi<Params>(async ({ params, userId }) => getPreview({ tempId: params.tempId, userId }));

// DELETE /api/v1/preview/:tempId – delete a temporary preview
export const DELETE = withApi<Params>(async ({ params, userId }) => deletePreview({ tempId: params.tempId, userId }));
