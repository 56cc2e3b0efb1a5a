import type { VideoConfig } from '../../video';
import { previewUrls } from '../urls';
import { getPreviewOrThrow } from './get-preview-or-throw';

/** The preview as GET /api/v1/preview/:tempId reports it. */
export async function getPreview(input: { tempId: string; userId: string }) {
  const preview = await getPreviewOrThrow(input);
  return {
    tempId: preview.id,
    config: JSON.parse(preview.config) as VideoConfig,
    ...previewUrls(preview.id),
    createdAt: preview.createdAt.toISOString(),
    expiresAt: preview.expiresAt.toISOString(),
  };
}
