import { withApi } from '@/lib/api/with-api';
import { deleteFile } from '@/lib/server/files';

type Params = { fileId: string };

// DELETE /api/v1/files/:fileId – delete the stored object and its record
export const DELETE = withApi<Params>(async ({ params, userId }) => {
  const file = await deleteFile({ fileId: params.fileId, userId });
  return { fileId: file.id, deleted: true, message: 'File deleted successfully' };
});
