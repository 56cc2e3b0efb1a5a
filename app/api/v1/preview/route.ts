import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { createPreview, parsePreviewConfigOrThrow } from '@/lib/server/previews';
import { warningsField } from '@/lib/server/tasks';

// POST /api/v1/preview – store a temporary preview of a config (the body IS the config); no credits
export const POST = withApi(async ({ req, userId }) => {
  const body = await parseJsonBody(req, z.unknown());
  const { config, warnings } = parsePreviewConfigOrThrow(body);
  return { ...(await createPreview({ userId, config })), ...warningsField(warnings) };
});
