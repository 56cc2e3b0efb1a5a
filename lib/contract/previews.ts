import { z } from 'zod';
import { metadataSchema, renderBody } from './requests';

/** Previews live 7 days; after that they answer NOT_FOUND exactly like a missing one. */
export const PREVIEW_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PREVIEW_EXPIRES_IN = '7d';
export const PREVIEW_NOTE =
  'Preview links are temporary and expire in 7 days. Use /api/v1/video to create permanent tasks.';
export const CONVERT_MESSAGE = 'Temp preview cloned to a permanent task successfully';

/** Body of POST /api/v1/preview/:tempId/convert (optional: an empty body is `{}`). */
export const convertPreviewBody = z.object({
  category: z.string().max(100).optional(),
  /** Python SDK 1.1: metadata (and a title) for the new permanent task. */
  metadata: metadataSchema.nullish(),
  title: z.string().max(200).optional(),
});
export type ConvertPreviewBody = z.infer<typeof convertPreviewBody>;

/** Body of POST /api/v1/preview/:tempId/render: the render options plus the clone's category. */
export const renderPreviewBody = renderBody.extend({
  category: z.string().max(100).optional(),
  metadata: metadataSchema.nullish(),
  title: z.string().max(200).optional(),
});
export type RenderPreviewBody = z.infer<typeof renderPreviewBody>;
