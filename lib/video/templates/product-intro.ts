import { z } from 'zod';
import { srcSchema } from '../schema';
import type { Clip } from '../schema';
import { backgroundClips, darkTheme, defineTemplate, fontSizeFor, lightTheme, textStyle, themeFields } from './define-template';

/**
 * product-intro: the product image on the left half (when given), and on the right (or centred without
 * an image) the name, tagline, up to 5 features, the price and a call-to-action button. Elements fade
 * and slide in one after another (0.25 s apart) and stay until the end of the template window.
 */
export const productIntroTemplate = defineTemplate({
  name: 'product-intro',
  schema: z.looseObject({
    ...themeFields,
    name: z.string().min(1, 'must not be empty'),
    tagline: z.string().optional(),
    features: z.array(z.string()).max(5, 'shows at most 5 features').optional(),
    price: z.union([z.string(), z.number()]).optional(),
    image: srcSchema.optional(),
    cta: z.string().optional(),
  }),
  defaults: darkTheme,
  variants: { dark: darkTheme, light: lightTheme },
  expand(data, context) {
    const { start, duration, meta } = context;
    const hasImage = data.image !== undefined;
    const x = hasImage ? '54%' : '50%';
    const anchor = hasImage ? ('left' as const) : ('center' as const);
    const textAlign = hasImage ? ('left' as const) : ('center' as const);
    const width = hasImage ? '40%' : '80%';
    const clips: Clip[] = [...backgroundClips(data.background, context)];
    let step = 0;
    // Each entrance starts a little after the previous one; `at` is the vertical slot in percent.
    const entrance = () => {
      const delay = Math.min(step++ * 0.25, duration * 0.5);
      return [
        { type: 'fadeIn' as const, duration: 0.5, delay, easing: 'easeOutCubic' as const },
        { type: 'slideIn' as const, direction: 'up' as const, distance: meta.height * 0.04, duration: 0.5, delay, easing: 'easeOutCubic' as const },
      ];
    };
    if (data.image !== undefined) {
      clips.push({
        type: 'image',
        id: 'product-image',
        src: data.image,
        start,
        duration,
        transform: { x: '26%', y: '50%', width: '40%', height: '70%' },
        style: { objectFit: 'contain' },
        animations: [{ type: 'fadeIn', duration: 0.6 }, { type: 'zoomIn', duration: 0.6, easing: 'easeOutBack' }],
      });
    }
    const lines: { id: string; text: string; size: number; weight: number; color?: string }[] = [
      { id: 'name', text: data.name, size: 0.09, weight: 800 },
    ];
    if (data.tagline) lines.push({ id: 'tagline', text: data.tagline, size: 0.045, weight: 400 });
    for (const [i, feature] of (data.features ?? []).entries()) {
      lines.push({ id: `feature-${i + 1}`, text: `✓ ${feature}`, size: 0.035, weight: 500 });
    }
    if (data.price !== undefined) lines.push({ id: 'price', text: String(data.price), size: 0.06, weight: 800, color: data.accentColor });
    // Stack the lines from 22% down; the CTA (if any) gets the slot after the last line.
    let y = 22;
    for (const line of lines) {
      clips.push({
        type: 'text',
        id: line.id,
        text: line.text,
        start,
        duration,
        transform: { x, y: `${y}%`, anchor, width },
        style: textStyle(data, { fontSize: fontSizeFor(meta, line.size), fontWeight: line.weight, textAlign, ...(line.color ? { fill: line.color } : {}) }),
        animations: entrance(),
      });
      y += line.size * 100 * 1.6;
    }
    if (data.cta) {
      const animations = entrance();
      const ctaY = `${Math.min(y + 4, 88)}%`;
      clips.push(
        {
          type: 'rect',
          id: 'cta-button',
          start,
          duration,
          transform: { x, y: ctaY, anchor, width: hasImage ? '22%' : '30%', height: '10%' },
          style: { fill: data.accentColor ?? '#facc15', borderRadius: fontSizeFor(meta, 0.05) },
          animations,
        },
        {
          type: 'text',
          id: 'cta-label',
          text: data.cta,
          start,
          duration,
          transform: { x: hasImage ? `${54 + 11}%` : '50%', y: ctaY, anchor: 'center' },
          style: textStyle({ ...data, textColor: data.background ?? '#000000' }, { fontSize: fontSizeFor(meta, 0.04), fontWeight: 800 }),
          animations,
        },
      );
    }
    return clips;
  },
});
