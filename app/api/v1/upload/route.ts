import { withApi } from '@/lib/api/with-api';
import { serializeFile, uploadFiles } from '@/lib/server/files';

// POST /api/v1/upload – multipart `file` and/or `files`, streamed to storage (all or nothing)
export const POST = withApi(async ({ req, userId }) => {
  const files = await uploadFiles({ userId, body: req.body, contentType: req.headers.get('content-type') });
  return {
    message: `Successfully uploaded ${files.length} file(s)`,
    count: files.length,
    assets: files.map(serializeFile),
  };
}, { rateLimit: 'uploads' });
