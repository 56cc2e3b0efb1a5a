import type { LayoutClip, SubtitleWord } from '../video';

/**
 * What the inspector's free-text fields accept, as pure functions: each returns the value for the
 * document, `undefined` for an empty field (the default applies), or `null` when the text is not
 * a value yet (the field says so and writes nothing).
 */

/** "16" → 16; "8 16 8 16" → [8, 16, 8, 16] (top, right, bottom, left); "" → undefined. */
export function parsePadding(text: string): LayoutClip['padding'] | null {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const numbers = parts.map(Number);
  if (numbers.some((n) => !Number.isFinite(n) || n < 0)) return null;
  if (numbers.length === 1) return numbers[0];
  if (numbers.length === 4) return numbers as [number, number, number, number];
  return null;
}

export const formatPadding = (padding: LayoutClip['padding']) =>
  padding === undefined ? '' : Array.isArray(padding) ? padding.join(' ') : String(padding);

/** Polygon corners as "x,y" pairs of 0–1 fractions: "0.5,0 1,1 0,1" → [[0.5,0],[1,1],[0,1]]; "" → undefined. */
export function parsePoints(text: string): [number, number][] | undefined | null {
  const pairs = text.trim().split(/\s+/).filter(Boolean);
  if (pairs.length === 0) return undefined;
  const points = pairs.map((pair) => pair.split(',').map(Number));
  if (points.length < 3 || points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)))) return null;
  return points as [number, number][];
}

export const formatPoints = (points: [number, number][] | undefined) => (points ?? []).map(([x, y]) => `${x},${y}`).join(' ');

const bare = (word: string) => word.replace(/[^\p{L}\p{N}'’-]+/gu, '') || word;
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Subtitle words for a typed text. While the word count is unchanged each word keeps its timing and
 * only its text changes; otherwise the words are spread evenly over `duration` seconds (clip time).
 */
export function wordsFromText(text: string, previous: readonly SubtitleWord[], duration: number): SubtitleWord[] {
  const typed = text.split(/\s+/).filter(Boolean);
  if (typed.length === previous.length) {
    return previous.map((w, i) => {
      const shown = typed[i] ?? w.punctuated_word;
      return shown === w.punctuated_word ? w : { ...w, word: bare(shown), punctuated_word: shown };
    });
  }
  return spreadWords(typed, duration);
}

/** Words timed one after another, each an equal share of `duration`. */
export function spreadWords(words: readonly string[], duration: number): SubtitleWord[] {
  const step = words.length > 0 ? duration / words.length : 0;
  return words.map((w, i) => ({ word: bare(w), punctuated_word: w, start: round(i * step), end: round((i + 1) * step) }));
}
