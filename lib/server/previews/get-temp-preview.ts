import { ApiError } from '../errors';
import { previewUrls } from '../urls';
import { assertPublicPreviewsOn } from './create-public-preview';
import { getPublicPreview } from './get-public-preview';

/** GET /api/temp/:id (PUBLIC_PREVIEWS=1): any unexpired preview's config, by its unguessable id. */
export async function getTempPreview(tempId: string) {
  assertPublicPreviewsOn();
  const preview = await getPublicPreview(tempId);
  if (!preview) throw new ApiError('NOT_FOUND', 'Temp preview not found');
  return {
    tempId: preview.tempId,
    config: preview.config,
    ...previewUrls(preview.tempId),
    createdAt: preview.createdAt.toISOString(),
    expiresAt: preview.expiresAt.toISOString(),
  };
}
