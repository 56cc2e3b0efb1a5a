import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { createPreview, parsePreviewConfigOrThrow } from '@/lib/server/previews';

// POST /api/v1/preview – store a temporary preview of a config (the body IS the config); no credits
export const POST = withApi(async ({ req, userId }) => {
  const body = await parseJsonBody(req, z.unknown());
  const config = parsePreviewConfigOrThrow(body);
  return createPreview({ userId, config });
});
