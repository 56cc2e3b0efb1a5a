import type { CSSProperties } from 'react';
import type { Meta } from '../video';

type Background = NonNullable<Meta['background']>;

/**
 * CSS for `meta.background`. Gradient angles use the CSS convention (0° points up, 90° right), offsets
 * are 0–1 fractions of the gradient line; radial gradients are circles from the canvas centre,
 * conic gradients start at `angle`. Omitted → black, `"transparent"` → nothing painted.
 */
export function backgroundStyle(background: Background | undefined): CSSProperties {
  if (background === undefined) return { backgroundColor: '#000000' };
  if (typeof background === 'string') return { backgroundColor: background };
  const stops = background.stops.map((s) => `${s.color} ${s.offset * 100}%`).join(', ');
  const angle = background.angle ?? 180;
  switch (background.type) {
    case 'linear':
      return { backgroundImage: `linear-gradient(${angle}deg, ${stops})` };
    case 'radial':
      return { backgroundImage: `radial-gradient(circle at 50% 50%, ${stops})` };
    case 'conic':
      return { backgroundImage: `conic-gradient(from ${background.angle ?? 0}deg at 50% 50%, ${stops})` };
  }
}
