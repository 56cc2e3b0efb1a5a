import { withApi } from '@/lib/api/with-api';
import { videoConfigJsonSchema } from '@/lib/server/openapi';
import { getSettings } from '@/lib/server/settings';

// GET /api/v1/schema – the v2 video config as a JSON Schema document (public; raw, not wrapped in { success })
export const GET = withApi(
  async () =>
    Response.json(videoConfigJsonSchema(getSettings().appUrl), {
      headers: { 'content-type': 'application/schema+json; charset=utf-8', 'cache-control': 'public, max-age=300' },
    }),
  { auth: 'none' },
);
