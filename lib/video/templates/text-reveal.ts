import { z } from 'zod';
import { directionSchema, easingSchema } from '../schema';
import type { Clip } from '../schema';
import { backgroundClips, defineTemplate, fontSizeFor, textStyle, themeFields } from './define-template';

/** text-reveal: one centred headline revealed by a wipe (default left → right over 1 s), optional subtitle line. */
export const textRevealTemplate = defineTemplate({
  name: 'text-reveal',
  schema: z.looseObject({
    ...themeFields,
    text: z.string().min(1, 'must not be empty'),
    subtitle: z.string().optional(),
    revealDuration: z.number().gt(0).optional(),
    direction: directionSchema.optional(),
    easing: easingSchema.optional(),
  }),
  defaults: { revealDuration: 1, direction: 'right', easing: 'easeInOutCubic' },
  expand(data, context) {
    const { start, duration, meta } = context;
    const reveal = Math.min(data.revealDuration ?? 1, duration / 2);
    const clips: Clip[] = [
      ...backgroundClips(data.background, context),
      {
        type: 'text',
        id: 'headline',
        text: data.text,
        start,
        duration,
        transform: { x: '50%', y: data.subtitle ? '45%' : '50%', width: '85%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, 0.1), fontWeight: 900 }),
        transition: { type: 'wipe', duration: reveal, mode: 'in', direction: data.direction ?? 'right', easing: data.easing ?? 'easeInOutCubic' },
      },
    ];
    if (data.subtitle) {
      clips.push({
        type: 'text',
        id: 'subtitle',
        text: data.subtitle,
        start,
        duration,
        transform: { x: '50%', y: '60%', width: '85%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, 0.045), opacity: 0.85 }),
        animations: [{ type: 'fadeIn', duration: 0.5, delay: reveal }],
      });
    }
    return clips;
  },
});
