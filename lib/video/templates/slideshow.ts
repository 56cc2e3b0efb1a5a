import { z } from 'zod';
import { srcSchema, transitionSchema } from '../schema';
import type { Clip } from '../schema';
import { backgroundClips, defineTemplate, fontSizeFor, textStyle, themeFields } from './define-template';

const slideSchema = z.union([srcSchema, z.looseObject({ image: srcSchema, caption: z.string().optional() })], {
  error: 'must be an image URL, { "$ref": id } or { "image": …, "caption"?: "…" }',
});

/**
 * slideshow: one full-canvas image per slide, each cross-fading in over the previous one (the slide
 * window is stretched by the transition length so the two overlap), optional caption per slide.
 * `durationPerSlide` defaults to the template's duration split evenly.
 */
export const slideshowTemplate = defineTemplate({
  name: 'slideshow',
  schema: z.looseObject({
    ...themeFields,
    images: z.array(slideSchema).min(1, 'needs at least one image'),
    durationPerSlide: z.number().gt(0, 'must be greater than 0').optional(),
    showCaptions: z.boolean().optional(),
    transition: transitionSchema.optional(),
    objectFit: z.enum(['fill', 'cover', 'contain']).optional(),
    kenBurns: z.boolean().optional(),
  }),
  variants: {
    kenburns: { kenBurns: true },
    slide: { transition: { type: 'slide', duration: 0.6, easing: 'easeInOutCubic' } },
  },
  expand(data, context) {
    const slides = data.images.map((s) => (typeof s === 'object' && 'image' in s ? s : { image: s, caption: undefined }));
    const perSlide = data.durationPerSlide ?? context.duration / slides.length;
    const end = context.start + context.duration;
    const overlap = Math.min(data.transition?.duration ?? 0.5, perSlide / 2);
    const transition = { type: 'fade' as const, ...data.transition, duration: overlap, mode: 'in' as const };
    const clips: Clip[] = [...backgroundClips(data.background, context)];
    slides.forEach((slide, i) => {
      const start = context.start + i * perSlide;
      if (start >= end - 1e-9) return;
      // Every slide but the last lingers under the next one while that one transitions in.
      const isLast = i === slides.length - 1 || start + perSlide >= end - 1e-9;
      const duration = Math.min(perSlide + (isLast ? 0 : overlap), end - start);
      clips.push({
        type: 'image',
        id: `slide-${i + 1}`,
        src: slide.image,
        start,
        duration,
        transform: { width: '100%', height: '100%' },
        style: { objectFit: data.objectFit ?? 'cover' },
        transition: i === 0 && overlap === 0 ? undefined : transition,
        animations: data.kenBurns ? [{ type: 'scale', from: 1, to: 1.08, duration }] : undefined,
      });
      if (slide.caption !== undefined && data.showCaptions !== false) {
        clips.push({
          type: 'text',
          id: `caption-${i + 1}`,
          text: slide.caption,
          start,
          duration: Math.min(perSlide, end - start),
          transform: { x: '50%', y: '90%', anchor: 'bottom', width: '80%' },
          style: textStyle(data, {
            fontSize: fontSizeFor(context.meta, 0.05),
            fontWeight: 700,
            shadowColor: 'rgba(0,0,0,0.6)',
            shadowBlur: 8,
            shadowOffset: [0, 2],
          }),
          animations: [{ type: 'fadeIn', duration: Math.min(0.4, perSlide / 3), delay: overlap / 2 }],
        });
      }
    });
    return clips;
  },
});
