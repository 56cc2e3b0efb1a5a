import { withApi } from '@/lib/api/with-api';
import { deleteFile, getFileOrThrow, serializeFile } from '@/lib/server/files';

type Params = { fileId: string };

// GET /api/v1/files/:fileId – Cutroom's own: one file with its processing status and derivatives
export const GET = withApi<Params>(async ({ params, userId }) => {
  const file = await getFileOrThrow({ fileId: params.fileId, userId });
  return { file: serializeFile(file) };
});

// DELETE /api/v1/files/:fileId – delete the stored object, its derivatives and its record
export const DELETE = withApi<Params>(async ({ params, userId }) => {
  const file = await deleteFile({ fileId: params.fileId, userId });
  return { fileId: file.id, deleted: true, message: 'File deleted successfully' };
});
