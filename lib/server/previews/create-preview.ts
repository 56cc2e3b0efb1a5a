import type { VideoConfig } from '../../video';
import { db } from '../db/client';
import { newTempId } from '../ids';
import { PREVIEW_EXPIRES_IN, PREVIEW_NOTE, PREVIEW_TTL_MS } from '../../contract';
import { previewUrls } from '../urls';

/** Stores a preview for 7 days. Costs nothing. */
export async function createPreview({ userId, config }: { userId: string; config: VideoConfig }) {
  const now = new Date();
  // Expired rows are dead weight; sweeping the caller's own on each create keeps the table small.
  await db.preview.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const preview = await db.preview.create({
    data: {
      id: newTempId(),
      userId,
      config: JSON.stringify(config),
      expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
    },
  });
  return {
    tempId: preview.id,
    ...previewUrls(preview.id),
    expiresIn: PREVIEW_EXPIRES_IN,
    expiresAt: preview.expiresAt.toISOString(),
    note: PREVIEW_NOTE,
  };
}
