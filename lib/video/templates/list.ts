import { z } from 'zod';
import type { Clip } from '../schema';
import { backgroundClips, darkTheme, defineTemplate, fontSizeFor, lightTheme, textStyle, themeFields } from './define-template';

/**
 * list: an optional title at the top, then the items one per row (left-aligned at 12 %), each sliding
 * in from the left `stagger` seconds (default 0.4) after the previous one and staying to the end.
 */
export const listTemplate = defineTemplate({
  name: 'list',
  schema: z.looseObject({
    ...themeFields,
    title: z.string().optional(),
    items: z.array(z.string()).min(1, 'needs at least one item').max(10, 'shows at most 10 items'),
    stagger: z.number().min(0).optional(),
    bullet: z.string().optional(),
  }),
  defaults: { stagger: 0.4, bullet: '•' },
  variants: { dark: darkTheme, light: lightTheme, numbered: { bullet: '#' } },
  expand(data, context) {
    const { start, duration, meta } = context;
    const clips: Clip[] = [...backgroundClips(data.background, context)];
    if (data.title) {
      clips.push({
        type: 'text',
        id: 'title',
        text: data.title,
        start,
        duration,
        transform: { x: '50%', y: '14%', width: '85%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, 0.08), fontWeight: 800 }),
        animations: [{ type: 'fadeIn', duration: 0.5 }],
      });
    }
    const top = data.title ? 32 : 18;
    const row = Math.min(12, (92 - top) / data.items.length);
    const stagger = data.stagger ?? 0.4;
    data.items.forEach((item, i) => {
      const delay = Math.min(0.3 + i * stagger, duration * 0.8);
      const bullet = data.bullet === '#' ? `${i + 1}.` : (data.bullet ?? '•');
      clips.push({
        type: 'text',
        id: `item-${i + 1}`,
        text: `${bullet} ${item}`,
        start,
        duration,
        transform: { x: '12%', y: `${top + row * i}%`, anchor: 'left', width: '76%' },
        style: textStyle(data, { fontSize: fontSizeFor(meta, Math.min(0.05, row / 100 * 0.6)), textAlign: 'left' }),
        animations: [
          { type: 'fadeIn', duration: 0.4, delay },
          { type: 'slideIn', direction: 'right', distance: meta.width * 0.05, duration: 0.4, delay, easing: 'easeOutCubic' },
        ],
      });
    });
    return clips;
  },
});
