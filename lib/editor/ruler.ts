/** Seconds between labelled ticks, chosen so labels are at least `minLabelPx` apart at `zoom` px/s. */
const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600];

export function rulerStep(zoom: number, minLabelPx = 64): number {
  for (const step of steps) if (step * zoom >= minLabelPx) return step;
  return steps[steps.length - 1] ?? 3600;
}

const divisionsByStep: Record<number, number> = {
  0.1: 2, 0.2: 4, 0.5: 5, 1: 4, 2: 4, 5: 5, 10: 5, 15: 3, 30: 6, 60: 6, 120: 4, 300: 5, 600: 5, 1800: 6, 3600: 6,
};

/** Unlabelled ticks between two labels: step 1 s → 4 (quarter seconds), 5 s → 5 (every second). */
export function minorDivisions(step: number): number {
  return divisionsByStep[step] ?? 4;
}

export interface RulerTick {
  time: number;
  isMajor: boolean;
}

/** Ticks covering `[from, to]` seconds. Example: zoom 100, 0–2 s → majors 0, 1, 2 and quarter-second minors. */
export function rulerTicks(zoom: number, from: number, to: number): RulerTick[] {
  const step = rulerStep(zoom);
  const minor = step / minorDivisions(step);
  const ticks: RulerTick[] = [];
  const first = Math.max(0, Math.floor(from / step) * step);
  const divisions = minorDivisions(step);
  for (let i = 0; first + i * minor <= to + 1e-9; i++) {
    const time = Number((first + i * minor).toFixed(6));
    ticks.push({ time, isMajor: i % divisions === 0 });
    if (ticks.length > 5000) break;
  }
  return ticks;
}

export const MIN_ZOOM = 4;
export const MAX_ZOOM = 1000;
export const DEFAULT_ZOOM = 80;

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return DEFAULT_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
