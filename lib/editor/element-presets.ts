import type { Clip, Meta, TemplateName } from '../video';

/**
 * What the Elements panel inserts: text presets, shapes and templates of the config language, each
 * built for the canvas at a start time. Sizes are fractions of the canvas height so a title looks the
 * same at 720p and 4K; positions are percentages so they follow a canvas resize.
 */
export interface ElementPreset {
  id: string;
  group: 'text' | 'shape' | 'template';
  label: string;
  /** One line under the label. */
  description: string;
  create(context: { meta: Meta; start: number }): Clip;
}

const px = (meta: Meta, fraction: number) => Math.max(8, Math.round(meta.height * fraction));
const centred = (y: string) => ({ x: '50%', y, anchor: 'center' as const });

const textPresets: ElementPreset[] = [
  {
    id: 'title', group: 'text', label: 'Title', description: 'Big and bold, centred',
    create: ({ meta, start }) => ({
      type: 'text', text: 'Your title', start, duration: 3, transform: centred('45%'),
      style: { fill: '#ffffff', fontSize: px(meta, 0.12), fontWeight: 800, textAlign: 'center', lineHeight: 1.1 },
      animations: [{ type: 'fadeIn', duration: 0.5, easing: 'easeOutCubic' }],
    }),
  },
  {
    id: 'subtitle', group: 'text', label: 'Subtitle', description: 'A line under the title',
    create: ({ meta, start }) => ({
      type: 'text', text: 'A short subtitle', start, duration: 3, transform: centred('60%'),
      style: { fill: '#d4d4d8', fontSize: px(meta, 0.055), fontWeight: 500, textAlign: 'center' },
    }),
  },
  {
    id: 'caption', group: 'text', label: 'Caption', description: 'Small text on a box, at the bottom',
    create: ({ meta, start }) => ({
      type: 'text', text: 'Caption text', start, duration: 3, transform: centred('88%'),
      style: {
        fill: '#ffffff', fontSize: px(meta, 0.04), fontWeight: 600, textAlign: 'center',
        backgroundColor: 'rgba(0,0,0,0.6)', padding: px(meta, 0.012), borderRadius: px(meta, 0.008),
      },
    }),
  },
];

const box = { x: '50%', y: '50%', width: '25%', height: '25%', anchor: 'center' as const };
const shapePresets: ElementPreset[] = [
  {
    id: 'rect', group: 'shape', label: 'Rectangle', description: 'Fill, outline, rounded corners',
    create: ({ start }) => ({ type: 'rect', start, duration: 3, transform: box, style: { fill: '#3b82f6' } }),
  },
  {
    id: 'circle', group: 'shape', label: 'Circle', description: 'A round dot or badge',
    create: ({ meta, start }) => {
      const d = px(meta, 0.3);
      return { type: 'circle', start, duration: 3, transform: { x: '50%', y: '50%', width: d, height: d, anchor: 'center' }, style: { fill: '#f59e0b' } };
    },
  },
  {
    id: 'polygon', group: 'shape', label: 'Polygon', description: 'Triangle to 64 sides',
    create: ({ meta, start }) => {
      const d = px(meta, 0.3);
      return { type: 'polygon', sides: 6, start, duration: 3, transform: { x: '50%', y: '50%', width: d, height: d, anchor: 'center' }, style: { fill: '#10b981' } };
    },
  },
];

const template = (id: TemplateName, label: string, description: string, duration: number, data: Record<string, unknown>): ElementPreset => ({
  id: `template:${id}`, group: 'template', label, description,
  create: ({ start }) => ({ type: 'template', template: id, start, duration, data }),
});

/** Templates that need no media (slideshow, subtitle-video and talking-head start from a video or images). */
const templatePresets: ElementPreset[] = [
  template('text-reveal', 'Text reveal', 'A headline wiped in', 4, { text: 'Big announcement', subtitle: 'Coming soon' }),
  template('quote', 'Quote', 'A quotation and its author', 5, { quote: 'Simplicity is the ultimate sophistication.', author: 'Leonardo da Vinci' }),
  template('list', 'List', 'Points appearing one by one', 6, { title: 'Why it works', items: ['Fast', 'Simple', 'Yours'] }),
  template('countdown', 'Countdown', '3, 2, 1…', 3, { from: 3, to: 1 }),
  template('product-intro', 'Product intro', 'Name, tagline, features, price', 6, {
    name: 'Product', tagline: 'The one you need', features: ['Feature one', 'Feature two'], price: '$29', cta: 'Get it now',
  }),
];

export const elementPresets: readonly ElementPreset[] = [...textPresets, ...shapePresets, ...templatePresets];
