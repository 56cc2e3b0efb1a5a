/**
 * J/K/L shuttle: the next playback rate for J (direction −1) or L (+1). Pressed again in the same
 * direction while playing it doubles, up to 4×; otherwise it starts at 1× that way.
 * Example: playing at 2× and L → 4×; playing at 2× and J → −1×.
 */
export function shuttleRate(current: number, isPlaying: boolean, direction: 1 | -1): number {
  if (!isPlaying || Math.sign(current) !== direction) return direction;
  return direction * Math.min(4, Math.abs(current) * 2);
}
