import { z } from 'zod';
import type { Clip } from '../schema';
import { backgroundClips, darkTheme, defineTemplate, fontSizeFor, lightTheme, textStyle, themeFields } from './define-template';

/** quote: a large quotation, centred and wrapped to 80% of the width, then "— author, role" below it. */
export const quoteTemplate = defineTemplate({
  name: 'quote',
  schema: z
    .looseObject({
      ...themeFields,
      quote: z.string().min(1).optional(),
      /** Alias of `quote`. */
      text: z.string().min(1).optional(),
      author: z.string().optional(),
      role: z.string().optional(),
    })
    .refine((d) => d.quote !== undefined || d.text !== undefined, { message: 'is required', path: ['quote'] }),
  defaults: darkTheme,
  variants: { dark: darkTheme, light: lightTheme },
  expand(data, context) {
    const { start, duration, meta } = context;
    const clips: Clip[] = [
      ...backgroundClips(data.background, context),
      {
        type: 'text',
        id: 'quote-mark',
        text: '“',
        start,
        duration,
        transform: { x: '10%', y: '18%', anchor: 'center' },
        style: textStyle(data, { fill: data.accentColor ?? '#facc15', fontSize: fontSizeFor(meta, 0.25), fontWeight: 800, fontFamily: 'serif' }),
        animations: [{ type: 'fadeIn', duration: 0.5 }],
      },
      {
        type: 'text',
        id: 'quote',
        text: data.quote ?? data.text ?? '',
        start,
        duration,
        transform: { x: '50%', y: '45%', width: '80%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, 0.065), fontWeight: 600, fontStyle: 'italic', lineHeight: 1.3 }),
        animations: [{ type: 'fadeIn', duration: 0.8, delay: 0.2, easing: 'easeOutCubic' }],
      },
    ];
    if (data.author) {
      clips.push({
        type: 'text',
        id: 'author',
        text: `— ${data.author}${data.role ? `, ${data.role}` : ''}`,
        start,
        duration,
        transform: { x: '50%', y: '78%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, 0.04), opacity: 0.85 }),
        animations: [{ type: 'fadeIn', duration: 0.6, delay: Math.min(1, duration / 2) }],
      });
    }
    return clips;
  },
});
