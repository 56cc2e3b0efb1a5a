import { db } from '../db/client';
import { ApiError } from '../errors';

/** Ownership-scoped loader: another user's file is NOT_FOUND, exactly like a missing one. */
export async function getFileOrThrow({ fileId, userId }: { fileId: string; userId: string }) {
  const file = await db.file.findFirst({ where: { id: fileId, userId } });
  if (!file) throw new ApiError('NOT_FOUND', 'File not found');
  return file;
}
