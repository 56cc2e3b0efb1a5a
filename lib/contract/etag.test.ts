import { describe, expect, it } from 'vitest';
import { parseIfMatch, taskEtag } from './etag';

describe('taskEtag / parseIfMatch', () => {
  it('round-trips a version', () => {
    expect(taskEtag(7)).toBe('"7"');
    expect(parseIfMatch(taskEtag(7))).toEqual([7]);
  });

  it('reads lists, weak tags and *', () => {
    expect(parseIfMatch('"3", W/"4"')).toEqual([3, 4]);
    expect(parseIfMatch(' * ')).toBe('any');
  });

  it('no header is no precondition; foreign tags match nothing', () => {
    expect(parseIfMatch(null)).toBeNull();
    expect(parseIfMatch('')).toBeNull();
    expect(parseIfMatch('"abc", 3')).toEqual([]);
  });
});
