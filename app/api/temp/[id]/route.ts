import { withApi } from '@/lib/api/with-api';
import { getTempPreview } from '@/lib/server/previews';

// GET /api/temp/:id – a preview's config, key-less (PUBLIC_PREVIEWS=1)
export const GET = withApi<{ id: string }>(async ({ params }) => getTempPreview(params.id), { auth: 'none' });
