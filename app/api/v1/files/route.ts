import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseQuery } from '@/lib/api/parse';
import { ApiError } from '@/lib/server/errors';
import { fileTypeParam, paginationQuery } from '@/lib/contract';
import { listFiles, serializeFile } from '@/lib/server/files';

const listQuery = z.object({ ...paginationQuery, type: fileTypeParam });

// GET /api/v1/files – the caller's uploaded files, newest first
export const GET = withApi(async ({ req, userId }) => {
  const { page, limit, type } = parseQuery(req, listQuery);
  const { files, total } = await listFiles({ userId, page, limit, type });
  return { files: files.map(serializeFile), pagination: { page, limit, total } };
});

// DELETE /api/v1/files – without an id: the reference's "Missing file ID"
export const DELETE = withApi(async () => {
  throw new ApiError('INVALID_REQUEST', 'Missing file ID');
});
