import { z } from 'zod';
import type { Clip } from '../schema';
import { backgroundClips, defineTemplate, fontSizeFor, textStyle, themeFields } from './define-template';

/**
 * countdown: the numbers `from` down to `to` (default 3 → 1), then `endText` if given, each in an
 * equal share of the template window: it pops in (scale 1.5 → 1) and fades out in the last 30 %.
 */
export const countdownTemplate = defineTemplate({
  name: 'countdown',
  schema: z
    .looseObject({
      ...themeFields,
      from: z.number().int().min(0).max(1000).optional(),
      to: z.number().int().min(0).max(1000).optional(),
      endText: z.string().optional(),
    })
    .refine((d) => (d.from ?? 3) >= (d.to ?? 1), { message: 'must be at least "to"', path: ['from'] }),
  defaults: { from: 3, to: 1 },
  expand(data, context) {
    const { start, duration, meta } = context;
    const labels: string[] = [];
    for (let n = data.from ?? 3; n >= (data.to ?? 1); n--) labels.push(String(n));
    if (data.endText) labels.push(data.endText);
    const slot = duration / labels.length;
    const clips: Clip[] = [...backgroundClips(data.background, context)];
    labels.forEach((label, i) => {
      clips.push({
        type: 'text',
        id: `count-${label}`,
        text: label,
        start: start + i * slot,
        duration: slot,
        style: textStyle(data, { fill: data.textColor ?? '#ffffff', fontSize: fontSizeFor(meta, label.length > 3 ? 0.2 : 0.4), fontWeight: 900 }),
        animations: [
          { type: 'scale', from: 1.5, to: 1, duration: slot * 0.5, easing: 'easeOutCubic' },
          { type: 'fadeOut', delay: slot * 0.7, duration: slot * 0.3 },
        ],
      });
    });
    return clips;
  },
});
