import type { VideoConfig } from '../../video';
import { db } from '../db/client';
import { withRemoteWords } from './with-remote-words';

/**
 * A preview for its public pages (/t/:tempId, /preview/:tempId), or null when missing or expired.
 * No userId: the unguessable tempId is the capability. Its remote subtitle words come fetched, for the Player.
 */
export async function getPublicPreview(tempId: string) {
  const preview = await db.preview.findFirst({ where: { id: tempId, expiresAt: { gt: new Date() } } });
  if (!preview) return null;
  return {
    tempId: preview.id,
    config: await withRemoteWords(JSON.parse(preview.config) as VideoConfig),
    createdAt: preview.createdAt,
    expiresAt: preview.expiresAt,
  };
}

export type PublicPreview = NonNullable<Awaited<ReturnType<typeof getPublicPreview>>>;
