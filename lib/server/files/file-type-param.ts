import { z } from 'zod';
import { mediaCategories, type MediaCategory } from './file-sniff';

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
