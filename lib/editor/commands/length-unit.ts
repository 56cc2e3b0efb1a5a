/**
 * Writing a length back in the unit the config already uses (docs/editor.md "Canvas"): a percentage
 * string stays a percentage of `reference` (3 decimals), a number stays pixels (2 decimals), and an
 * omitted value takes `omitted` — positions default to "50%", so they are written as percentages;
 * sizes default to the content's size, so they are written in pixels.
 * `lengthLike(480, "10%", 1920)` → `"25%"`; `lengthLike(480, 10, 1920)` → `480`.
 */
export function lengthLike(px: number, like: number | string | undefined, reference: number, omitted: 'percent' | 'px' = 'px'): number | string {
  const isPercent = typeof like === 'string' ? like.trim().endsWith('%') : like === undefined && omitted === 'percent';
  if (isPercent && reference > 0) return `${round((px / reference) * 100, 3)}%`;
  return round(px, 2);
}

/** `round(1.23456, 2)` → 1.23, without `-0`. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
