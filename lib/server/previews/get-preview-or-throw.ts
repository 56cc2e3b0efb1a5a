import { db } from '../db/client';
import type { Preview } from '../db/generated/client';
import { ApiError } from '../errors';

/** Ownership-scoped loader: another user's, an expired and a missing preview are all NOT_FOUND. */
export async function getPreviewOrThrow({ tempId, userId }: { tempId: string; userId: string }): Promise<Preview> {
  const preview = await db.preview.findFirst({ where: { id: tempId, userId, expiresAt: { gt: new Date() } } });
  if (!preview) throw new ApiError('NOT_FOUND', 'Temp preview not found');
  return preview;
}
