import type { SubtitleConfig, SubtitleWord, Transform } from './schema';

/** Cutroom's defaults for SubtitleConfig fields the spec leaves open (sizes scale with the canvas). */
export function subtitleDefaults(canvas: { width: number; height: number }) {
  return {
    mode: 'batch' as const,
    wordsPerBatch: 5,
    fontSize: Math.round(canvas.height * 0.05),
    fontFamily: 'sans-serif',
    fontWeight: 700 as number | string,
    textAlign: 'center' as const,
    textBoxWidth: '80%' as number | string,
    textColor: '#ffffff',
    highlightColor: '#facc15',
    backgroundColor: 'rgba(0,0,0,0.45)',
    position: 'bottom' as const,
    paddingBottom: Math.round(canvas.height * 0.08),
  };
}

/** A batch stays up at most this long after its last word ends (unless the next batch starts first). */
export const SUBTITLE_LINGER_SECONDS = 1;

export interface SubtitleView {
  words: { text: string; isActive: boolean }[];
  /** Clip time the batch appeared, for the per-batch fade-in. */
  batchStart: number;
}

/**
 * The words on screen at clip time `t` (word times are relative to the clip's start).
 * Words are grouped `wordsPerBatch` at a time in time order. A batch shows from its first word's
 * start until the next batch starts, but no longer than 1 s after its last word ends.
 * `batch` mode shows the whole batch and highlights the word being spoken; `stream` mode shows only
 * the words already started. Returns null when nothing is on screen.
 */
export function subtitleViewAt(words: readonly SubtitleWord[], config: SubtitleConfig | undefined, t: number): SubtitleView | null {
  const perBatch = Math.max(1, config?.wordsPerBatch ?? 5);
  const sorted = [...words].sort((a, b) => a.start - b.start);
  const batches: SubtitleWord[][] = [];
  for (let i = 0; i < sorted.length; i += perBatch) batches.push(sorted.slice(i, i + perBatch));

  let index = -1;
  for (let i = 0; i < batches.length; i++) {
    const first = batches[i]?.[0];
    if (first !== undefined && first.start <= t) index = i;
  }
  const batch = batches[index];
  const first = batch?.[0];
  if (batch === undefined || first === undefined) return null;
  const lastEnd = Math.max(...batch.map((w) => w.end));
  const nextStart = batches[index + 1]?.[0]?.start ?? Number.POSITIVE_INFINITY;
  if (t >= Math.min(nextStart, lastEnd + SUBTITLE_LINGER_SECONDS)) return null;

  const isStream = config?.mode === 'stream';
  const shown = isStream ? batch.filter((w) => w.start <= t) : batch;
  return {
    batchStart: first.start,
    words: shown.map((w) => ({ text: w.punctuated_word || w.word, isActive: w.start <= t && t < w.end })),
  };
}

/**
 * Where a subtitle block sits: from `config.position`/`paddingBottom`/`textBoxWidth` unless the
 * clip's own transform gives x or y (then the transform wins, like any clip). The block is
 * horizontally centred; `bottom` puts its bottom edge `paddingBottom` px above the canvas bottom,
 * `top` its top edge `paddingBottom` px below the top.
 */
export function subtitleTransform(
  clip: { transform?: Transform; config?: SubtitleConfig },
  canvas: { width: number; height: number },
): Transform {
  const defaults = subtitleDefaults(canvas);
  const position = clip.config?.position ?? defaults.position;
  const padding = clip.config?.paddingBottom ?? defaults.paddingBottom;
  const width = clip.config?.textBoxWidth ?? defaults.textBoxWidth;
  const placed: Transform =
    position === 'top'
      ? { x: '50%', y: padding, anchor: 'top', width }
      : position === 'center'
        ? { x: '50%', y: '50%', anchor: 'center', width }
        : { x: '50%', y: canvas.height - padding, anchor: 'bottom', width };
  const own = clip.transform ?? {};
  if (own.x !== undefined || own.y !== undefined) return { width, ...own };
  return { ...placed, ...own };
}
