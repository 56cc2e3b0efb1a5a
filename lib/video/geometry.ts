import type { Anchor, Transform } from './schema';

/**
 * Placement math for §6.1 of the spec, kept free of React so it can be unit tested and shared by the
 * composition and the editor's canvas overlay.
 *
 * Coordinate model (documented in docs/video-config.md):
 * - percent x/y are fractions of the parent (the canvas for top-level clips): "0%" left/top edge,
 *   "100%" right/bottom edge;
 * - numeric x/y are pixels measured from the parent's top-left corner (same origin as percent);
 * - omitted x/y mean the centre ("50%");
 * - the anchor picks the point of the element that is put at (x, y), default its centre;
 * - scale, rotation and skew pivot around that same anchor point, so an element anchored top-left
 *   rotates around its top-left corner and stays pinned there.
 */

export interface Size {
  width: number;
  height: number;
}

/** An axis-aligned box in parent pixels (before rotation/scale/skew). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where and how one element is placed inside its parent. */
export interface Placement {
  /** Parent pixels where the element's anchor point sits. */
  x: number;
  y: number;
  /** Box size in pixels; `undefined` means the element's intrinsic (content) size. */
  width: number | undefined;
  height: number | undefined;
  /** The anchor as fractions of the element box: (0,0) top-left, (0.5,0.5) centre. */
  anchorX: number;
  anchorY: number;
  scaleX: number;
  scaleY: number;
  /** Degrees, clockwise (CSS convention, y grows downwards). */
  rotation: number;
  skewX: number;
  skewY: number;
}

const anchorFractions: Record<Anchor, readonly [number, number]> = {
  center: [0.5, 0.5],
  top: [0.5, 0],
  bottom: [0.5, 1],
  left: [0, 0.5],
  right: [1, 0.5],
  'top-left': [0, 0],
  'top-right': [1, 0],
  'bottom-left': [0, 1],
  'bottom-right': [1, 1],
};

/** The anchor as fractions of the element box: `anchorFraction('bottom-right')` → `[1, 1]`. */
export function anchorFraction(anchor: Anchor | undefined): readonly [number, number] {
  return anchorFractions[anchor ?? 'center'];
}

/** A length in pixels: a number is pixels already, `"25%"` of 1920 is 480. Unparseable → `fallback`. */
export function resolveLength(value: number | string | undefined, reference: number, fallback = 0): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return Number.isFinite(value) ? value : fallback;
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n)) return fallback;
  return value.trim().endsWith('%') ? (n / 100) * reference : n;
}

/** Uniform or per-axis scale → `[sx, sy]`. */
export function scalePair(scale: number | readonly [number, number] | undefined): [number, number] {
  if (scale === undefined) return [1, 1];
  if (typeof scale === 'number') return [scale, scale];
  return [scale[0], scale[1]];
}

/**
 * Resolves a clip transform against its parent. `defaultSize` fills in a missing width/height
 * (shapes default to the parent's size; text and media pass `undefined` to keep their intrinsic size).
 */
export function placeElement(
  transform: Transform | undefined,
  parent: Size,
  defaultSize: Partial<Size> = {},
): Placement {
  const t = transform ?? {};
  const [anchorX, anchorY] = anchorFraction(t.anchor);
  const [scaleX, scaleY] = scalePair(t.scale);
  return {
    x: resolveLength(t.x ?? '50%', parent.width),
    y: resolveLength(t.y ?? '50%', parent.height),
    width: t.width === undefined ? defaultSize.width : resolveLength(t.width, parent.width),
    height: t.height === undefined ? defaultSize.height : resolveLength(t.height, parent.height),
    anchorX,
    anchorY,
    scaleX,
    scaleY,
    rotation: t.rotation ?? 0,
    skewX: t.skew?.[0] ?? 0,
    skewY: t.skew?.[1] ?? 0,
  };
}

/**
 * The element's unrotated box once its size is known (`intrinsic` stands in for a missing width or
 * height). Example: anchor top-left at (0, 0), 100×50 → `{ left: 0, top: 0, width: 100, height: 50 }`;
 * anchor centre at (960, 540), 100×50 → `{ left: 910, top: 515, … }`.
 */
export function elementBox(placement: Placement, intrinsic: Size = { width: 0, height: 0 }): Box {
  const width = placement.width ?? intrinsic.width;
  const height = placement.height ?? intrinsic.height;
  return {
    left: placement.x - placement.anchorX * width,
    top: placement.y - placement.anchorY * height,
    width,
    height,
  };
}

/** Extra motion layered on a placement by animations, keyframes and transitions. */
export interface Motion {
  /** Pixel offset added to the anchor position. */
  dx: number;
  dy: number;
  /** Multipliers on the placement's scale. */
  scaleX: number;
  scaleY: number;
  /** Degrees added to the placement's rotation. */
  rotation: number;
}

export const noMotion: Motion = { dx: 0, dy: 0, scaleX: 1, scaleY: 1, rotation: 0 };

/**
 * The CSS `transform` that puts an element whose top-left corner is at (placement.x, placement.y)
 * so that its anchor lands there instead. Pair it with `transformOrigin(placement)`:
 * the translate is by percentages of the element's own box, which is what makes intrinsic-size
 * text work without measuring it.
 */
export function cssTransform(placement: Placement, motion: Motion = noMotion): string {
  const parts = [`translate(${-placement.anchorX * 100}%, ${-placement.anchorY * 100}%)`];
  if (motion.dx !== 0 || motion.dy !== 0) parts.push(`translate(${motion.dx}px, ${motion.dy}px)`);
  const rotation = placement.rotation + motion.rotation;
  if (rotation !== 0) parts.push(`rotate(${rotation}deg)`);
  const sx = placement.scaleX * motion.scaleX;
  const sy = placement.scaleY * motion.scaleY;
  if (sx !== 1 || sy !== 1) parts.push(`scale(${sx}, ${sy})`);
  if (placement.skewX !== 0 || placement.skewY !== 0) parts.push(`skew(${placement.skewX}deg, ${placement.skewY}deg)`);
  return parts.join(' ');
}

/** CSS `transform-origin`: the anchor point, so scale/rotation/skew pivot around it. */
export function transformOrigin(placement: Placement): string {
  return `${placement.anchorX * 100}% ${placement.anchorY * 100}%`;
}

/**
 * Corners of a regular polygon inscribed in a `width`×`height` box, first corner at the top centre,
 * clockwise. `regularPolygon(4, 100, 100)` → a diamond: (50,0) (100,50) (50,100) (0,50).
 */
export function regularPolygon(sides: number, width: number, height: number): [number, number][] {
  const n = Math.max(3, Math.round(sides));
  return Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    return [width / 2 + (width / 2) * Math.sin(angle), height / 2 - (height / 2) * Math.cos(angle)];
  });
}

/**
 * SVG path of a pie slice of the ellipse filling a `width`×`height` box. Angles in degrees, 0 at
 * 12 o'clock, clockwise (the CSS conic convention). A sweep of 360° or more is the full ellipse.
 */
export function pieSlicePath(width: number, height: number, startAngle: number, endAngle: number): string {
  const rx = width / 2;
  const ry = height / 2;
  const sweep = endAngle - startAngle;
  if (Math.abs(sweep) >= 360) {
    return `M 0 ${ry} A ${rx} ${ry} 0 1 1 ${width} ${ry} A ${rx} ${ry} 0 1 1 0 ${ry} Z`;
  }
  const point = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    return `${(rx + rx * Math.sin(a)).toFixed(3)} ${(ry - ry * Math.cos(a)).toFixed(3)}`;
  };
  const largeArc = Math.abs(sweep) > 180 ? 1 : 0;
  const clockwise = sweep >= 0 ? 1 : 0;
  return `M ${rx} ${ry} L ${point(startAngle)} A ${rx} ${ry} 0 ${largeArc} ${clockwise} ${point(endAngle)} Z`;
}
