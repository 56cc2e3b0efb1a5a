/**
 * Time helpers. The document stores seconds; the editor works on the frame grid so that every
 * start/duration it writes is a whole number of frames (no 2.0000000004 s clips).
 */

/** Snaps seconds to the nearest frame and drops float noise: `quantize(1.01, 30)` → `1` (30 fps). */
export function quantize(seconds: number, fps: number): number {
  if (!Number.isFinite(seconds)) return 0;
  const frames = Math.round(seconds * fps);
  return Number((frames / fps).toFixed(6));
}

export const framesToSeconds = (frame: number, fps: number): number => frame / Math.max(1, fps);

export const secondsToFrames = (seconds: number, fps: number): number => Math.round(seconds * Math.max(1, fps));

/** Rounds to 6 decimals so sums like 0.1 + 0.2 are stored as 0.3. */
export function cleanSeconds(seconds: number): number {
  return Number(seconds.toFixed(6));
}

/** Timecode for a frame: `formatTimecode(95, 30)` → `"00:03:05"` (mm:ss:ff), hours added when needed. */
export function formatTimecode(frame: number, fps: number): string {
  const f = Math.max(0, Math.round(frame));
  const rate = Math.max(1, Math.round(fps));
  const totalSeconds = Math.floor(f / rate);
  const ff = f % rate;
  const ss = totalSeconds % 60;
  const mm = Math.floor(totalSeconds / 60) % 60;
  const hh = Math.floor(totalSeconds / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (hh > 0 ? `${pad(hh)}:` : '') + `${pad(mm)}:${pad(ss)}:${pad(ff)}`;
}

/** Ruler label for a time in whole or fractional seconds: `5` → `"5s"`, `75` → `"1:15"`, `0.5` → `"0.5s"`. */
export function formatRulerLabel(seconds: number): string {
  const s = cleanSeconds(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = cleanSeconds(s - m * 60);
  const whole = Math.floor(rest);
  const frac = cleanSeconds(rest - whole);
  return `${m}:${String(whole).padStart(2, '0')}${frac > 0 ? String(frac).slice(1) : ''}`;
}
