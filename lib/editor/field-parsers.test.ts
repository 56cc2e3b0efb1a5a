import { describe, expect, it } from 'vitest';
import { formatPadding, parsePadding, parsePoints, spreadWords, wordsFromText } from './field-parsers';

describe('field parsers', () => {
  it('reads padding as one number or four', () => {
    expect(parsePadding('16')).toBe(16);
    expect(parsePadding('8, 16 8 16')).toEqual([8, 16, 8, 16]);
    expect(parsePadding('  ')).toBeUndefined();
    expect(parsePadding('8 16')).toBeNull();
    expect(parsePadding('-1')).toBeNull();
    expect(formatPadding([1, 2, 3, 4])).toBe('1 2 3 4');
  });

  it('reads polygon points as x,y pairs, at least three', () => {
    expect(parsePoints('0.5,0 1,1 0,1')).toEqual([[0.5, 0], [1, 1], [0, 1]]);
    expect(parsePoints('0,0 1,1')).toBeNull();
    expect(parsePoints('0,0 1 0,1')).toBeNull();
    expect(parsePoints('')).toBeUndefined();
  });

  it('spreads typed words over the clip, and keeps timings while only the text changes', () => {
    const words = spreadWords(['Hello,', 'world!'], 2);
    expect(words).toEqual([
      { word: 'Hello', punctuated_word: 'Hello,', start: 0, end: 1 },
      { word: 'world', punctuated_word: 'world!', start: 1, end: 2 },
    ]);
    const timed = [{ ...words[0]!, start: 0.2, end: 0.7 }, words[1]!];
    expect(wordsFromText('Hi, world!', timed, 2)[0]).toEqual({ word: 'Hi', punctuated_word: 'Hi,', start: 0.2, end: 0.7 });
    expect(wordsFromText('Hi there world', timed, 3).map((w) => w.end)).toEqual([1, 2, 3]);
  });
});
