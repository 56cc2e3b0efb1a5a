import { getStorage } from '../get-storage';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { getFileOrThrow } from './get-file-or-throw';

/** Deletes the record, then the stored object; its URL answers 404 from then on. */
export async function deleteFile({ fileId, userId }: { fileId: string; userId: string }) {
  if (!fileId.trim()) throw new ApiError('INVALID_REQUEST', 'Missing file ID');
  const file = await getFileOrThrow({ fileId, userId });
  const { count } = await db.file.deleteMany({ where: { id: file.id, userId } });
  if (count === 0) throw new ApiError('NOT_FOUND', 'File not found'); // deleted concurrently
  await getStorage().remove(file.key);
  return file;
}
