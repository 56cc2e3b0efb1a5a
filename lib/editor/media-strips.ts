import type { Filmstrip } from './library-file';

/**
 * The pictures inside timeline clips: which filmstrip tile each slot of a video clip shows, and
 * which waveform buckets each pixel column of an audio clip draws. Pure maths, so every zoom level
 * and trim is tested without a browser.
 */

export interface FilmstripSlot {
  /** Slot position inside the clip box, px. */
  left: number;
  width: number;
  /** Which tile of the sprite, and where it sits in the sprite scaled to the slot height. */
  tile: number;
  backgroundX: number;
  backgroundY: number;
}

export interface FilmstripLayout {
  slots: FilmstripSlot[];
  /** CSS background-size of the scaled sprite. */
  backgroundWidth: number;
  backgroundHeight: number;
}

/** The most slots one clip box draws; past that each slot is widened (a very long clip, zoomed out). */
export const MAX_FILMSTRIP_SLOTS = 400;

/**
 * Tiles for a clip box of `widthPx` showing the source from `sourceStart` at `rate`, at `zoom` px/s:
 * slots of the tile's aspect ratio at `heightPx`, each showing the tile nearest the source time at
 * its middle (tile i shows min(i × interval, duration)).
 * Example: 1 s tiles, 100 px/s, 36 px high 16:9 tiles (64 px) → slot 0 at 0.32 s shows tile 0.
 */
export function filmstripLayout(
  strip: Filmstrip,
  { widthPx, heightPx, zoom, sourceStart, rate }: { widthPx: number; heightPx: number; zoom: number; sourceStart: number; rate: number },
): FilmstripLayout {
  const scale = heightPx / strip.tileHeight;
  const tileWidth = Math.max(1, strip.tileWidth * scale);
  const count = Math.min(MAX_FILMSTRIP_SLOTS, Math.max(1, Math.ceil(widthPx / tileWidth)));
  const slotWidth = Math.max(tileWidth, widthPx / count);
  const rows = Math.ceil(strip.count / strip.columns);
  const slots: FilmstripSlot[] = [];
  for (let k = 0; k < count; k++) {
    const left = k * slotWidth;
    const middle = sourceStart + ((left + Math.min(slotWidth, widthPx - left) / 2) / Math.max(1e-6, zoom)) * rate;
    const tile = Math.min(strip.count - 1, Math.max(0, Math.round(middle / strip.interval)));
    slots.push({
      left,
      width: slotWidth,
      tile,
      backgroundX: -(tile % strip.columns) * tileWidth,
      backgroundY: -Math.floor(tile / strip.columns) * heightPx,
    });
  }
  return { slots, backgroundWidth: strip.columns * tileWidth, backgroundHeight: rows * heightPx };
}

export interface WaveformData {
  version: number;
  duration: number;
  channels: number;
  levels: { bucketSeconds: number; data: number[] }[];
}

/** Reads the waveform JSON defensively (null when it is not one). */
export function parseWaveform(raw: unknown): WaveformData | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.levels)) return null;
  const levels = r.levels.flatMap((l: unknown) => {
    if (!l || typeof l !== 'object') return [];
    const { bucketSeconds, data } = l as { bucketSeconds?: unknown; data?: unknown };
    if (typeof bucketSeconds !== 'number' || !(bucketSeconds > 0) || !Array.isArray(data)) return [];
    return [{ bucketSeconds, data: data.map((v) => (typeof v === 'number' ? v : 0)) }];
  });
  if (levels.length === 0) return null;
  return { version: Number(r.version) || 1, duration: Number(r.duration) || 0, channels: Number(r.channels) || 1, levels };
}

/** The coarsest level still finer than one bucket per `secondsPerColumn` (else the finest there is). */
export function pickWaveformLevel(wave: WaveformData, secondsPerColumn: number): WaveformData['levels'][number] {
  const sorted = [...wave.levels].sort((a, b) => a.bucketSeconds - b.bucketSeconds);
  let chosen = sorted[0]!;
  for (const level of sorted) if (level.bucketSeconds <= secondsPerColumn) chosen = level;
  return chosen;
}

/**
 * Peak per column for the source range `[from, to)` split into `columns`: the min and max (−1…1) of
 * the buckets under each column. Columns past the audio's end are [0, 0].
 */
export function waveformPeaks(wave: WaveformData, { from, to, columns }: { from: number; to: number; columns: number }): [number, number][] {
  const span = Math.max(1e-9, to - from);
  const level = pickWaveformLevel(wave, span / Math.max(1, columns));
  const buckets = Math.floor(level.data.length / 2);
  const peaks: [number, number][] = [];
  for (let c = 0; c < columns; c++) {
    const t0 = from + (c / columns) * span;
    const t1 = from + ((c + 1) / columns) * span;
    const b0 = Math.max(0, Math.floor(t0 / level.bucketSeconds));
    const b1 = Math.min(buckets, Math.max(b0 + 1, Math.ceil(t1 / level.bucketSeconds)));
    let min = 0;
    let max = 0;
    for (let b = b0; b < b1; b++) {
      min = Math.min(min, level.data[2 * b]! / 127);
      max = Math.max(max, level.data[2 * b + 1]! / 127);
    }
    peaks.push([min, max]);
  }
  return peaks;
}

/**
 * The waveform as one SVG path in a `columns × height` box: the union of one bar per column, from the
 * column's max (top) to its min (bottom) about the middle line, at least `minBar` tall so silence still
 * shows a line. Drawn as an <svg> and not a <canvas>: Chromium composites every canvas as a layer of its
 * own, and 70 waveform layers (plus the ones overlapping them) made each timeline frame's layerization
 * dearer than the frame budget on a 2-core machine (bench/editor.ts prints the layer count).
 */
export function waveformPath(peaks: readonly (readonly [number, number])[], height: number, minBar = 1): string {
  if (peaks.length === 0) return '';
  const mid = height / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  const bars = peaks.map(([min, max]) => {
    const top = mid - max * mid;
    const bottom = Math.max(mid - min * mid, top + minBar);
    return [round(top), round(bottom)] as const;
  });
  // Along the tops left to right (a step per column), then back along the bottoms.
  const parts = [`M0 ${bars[0]![0]}`];
  bars.forEach(([top], x) => {
    if (x > 0) parts.push(`V${top}`);
    parts.push(`H${x + 1}`);
  });
  for (let x = bars.length - 1; x >= 0; x--) {
    parts.push(`V${bars[x]![1]}`);
    parts.push(`H${x}`);
  }
  parts.push('Z');
  return parts.join('');
}
