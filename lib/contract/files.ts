import { z } from 'zod';

/** What an upload can be: judged by its bytes, reported as a file's `type`. */
/**
 * `font` (TTF/OTF/WOFF/WOFF2) and `model` (GLB: binary glTF 2.0, for `three` clips' `assets.models`) are Cutroom's
 * additions to the reference's image, video and audio.
 */
export const mediaCategories = ['image', 'video', 'audio', 'font', 'model'] as const;
export const mediaCategorySchema = z.enum(mediaCategories);
export type MediaCategory = z.infer<typeof mediaCategorySchema>;

/** `type` filter of the file list: image, video or audio; empty = all. */
export const fileTypeParam = z
  .string()
  .optional()
  .transform((v, ctx): MediaCategory | undefined => {
    if (v === undefined || v === '') return undefined;
    const type = mediaCategories.find((c) => c === v);
    if (!type) {
      ctx.addIssue({ code: 'custom', message: `type must be one of ${mediaCategories.join(', ')}` });
      return z.NEVER;
    }
    return type;
  });
