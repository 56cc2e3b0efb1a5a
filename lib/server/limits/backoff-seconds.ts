/**
 * The delay before attempt number `overFree` past the free ones: `base`, doubling, at most `max`.
 * E.g. base 30, max 600: 30 s, 60 s, 120 s, 240 s, 480 s, 600 s, 600 s…
 */
export function backoffSeconds(overFree: number, base: number, max: number): number {
  if (overFree < 1) return 0;
  return Math.min(max, base * 2 ** Math.min(overFree - 1, 30));
}
