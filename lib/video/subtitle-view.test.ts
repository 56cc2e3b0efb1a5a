import { describe, expect, it } from 'vitest';
import type { SubtitleWord } from './schema';
import { subtitleTransform, subtitleViewAt } from './subtitle-view';

const w = (word: string, start: number, end: number): SubtitleWord => ({ word: word.replace(/\W/g, ''), punctuated_word: word, start, end });
const words = [w('Hello', 0, 0.4), w('there,', 0.5, 0.9), w('how', 1, 1.2), w('are', 1.3, 1.5), w('you?', 1.6, 2)];
const text = (t: number, config = {}) => subtitleViewAt(words, { wordsPerBatch: 2, ...config }, t)?.words.map((x) => (x.isActive ? `[${x.text}]` : x.text)).join(' ') ?? null;

describe('subtitleViewAt', () => {
  it.each([
    [-0.1, null],
    [0.1, '[Hello] there,'],
    [0.45, 'Hello there,'],
    [0.6, 'Hello [there,]'],
    [1.1, '[how] are'],
    [1.7, '[you?]'],
    [2.5, 'you?'],
    [3.1, null],
  ])('batch mode at %ss shows %s', (t, expected) => {
    expect(text(t)).toBe(expected);
  });

  it('stream mode reveals only the words already started', () => {
    expect(text(0.2, { mode: 'stream' })).toBe('[Hello]');
    expect(text(0.7, { mode: 'stream' })).toBe('Hello [there,]');
  });

  it('hands over to the next batch exactly when its first word starts', () => {
    expect(text(0.99)).toBe('Hello there,');
    expect(text(1.0)).toBe('[how] are');
  });

  it('handles unsorted words and no words', () => {
    expect(subtitleViewAt([...words].reverse(), { wordsPerBatch: 5 }, 0.1)?.words).toHaveLength(5);
    expect(subtitleViewAt([], undefined, 1)).toBeNull();
  });
});

describe('subtitleTransform', () => {
  const canvas = { width: 1000, height: 500 };
  it.each([
    [{}, { x: '50%', y: 460, anchor: 'bottom', width: '80%' }],
    [{ position: 'top', paddingBottom: 20 }, { x: '50%', y: 20, anchor: 'top', width: '80%' }],
    [{ position: 'center', textBoxWidth: 300 }, { x: '50%', y: '50%', anchor: 'center', width: 300 }],
  ] as const)('config %j → %j', (config, transform) => {
    expect(subtitleTransform({ config }, canvas)).toEqual(transform);
  });

  it('the clip transform wins when it gives a position', () => {
    expect(subtitleTransform({ transform: { x: 10, y: 20, anchor: 'top-left' } }, canvas)).toEqual({ width: '80%', x: 10, y: 20, anchor: 'top-left' });
  });
});
