import { z } from 'zod';
import { srcSchema, subtitleConfigSchema, subtitleWordsSchema } from '../schema';
import type { Clip } from '../schema';
import { defineTemplate } from './define-template';

export const mediaDataFields = {
  src: srcSchema,
  source: z.strictObject({ start: z.number().min(0).optional(), end: z.number().gt(0).optional() }).optional(),
  volume: z.number().min(0).max(10).optional(),
  muted: z.boolean().optional(),
  playbackRate: z.number().gt(0).max(16).optional(),
};

type MediaData = z.infer<ReturnType<typeof z.object<typeof mediaDataFields>>>;

/** A video filling the canvas over the template window, from the shared media fields of a template's data. */
export function fullCanvasVideo(id: string, data: MediaData, start: number, duration: number): Clip {
  return {
    type: 'video',
    id,
    src: data.src,
    start,
    duration,
    source: data.source,
    volume: data.volume,
    muted: data.muted,
    playbackRate: data.playbackRate,
    transform: { width: '100%', height: '100%' },
    style: { objectFit: 'cover' },
  };
}

/** subtitle-video: one full-canvas video plus one subtitle block over it, both over the template window. */
export const subtitleVideoTemplate = defineTemplate({
  name: 'subtitle-video',
  schema: z.looseObject({
    ...mediaDataFields,
    words: subtitleWordsSchema,
    config: subtitleConfigSchema.optional(),
  }),
  expand(data, { start, duration }) {
    const clips: Clip[] = [
      fullCanvasVideo('video', data, start, duration),
      { type: 'subtitle', id: 'subtitles', words: data.words, config: data.config, start, duration },
    ];
    return clips;
  },
});
