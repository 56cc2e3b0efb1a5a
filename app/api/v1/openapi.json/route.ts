import { withApi } from '@/lib/api/with-api';
import { openApiDocument } from '@/lib/server/openapi';
import { getSettings } from '@/lib/config';

// GET /api/v1/openapi.json – this API as an OpenAPI 3.1 document (public; raw, not wrapped in { success })
export const GET = withApi(
  async () => Response.json(openApiDocument(getSettings().appUrl), { headers: { 'cache-control': 'public, max-age=300' } }),
  { auth: 'none' },
);
