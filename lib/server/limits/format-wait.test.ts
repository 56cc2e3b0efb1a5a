import { describe, expect, it } from 'vitest';
import { formatWait } from './format-wait';

describe('formatWait', () => {
  it.each([
    [1, '1 second'],
    [29_001, '30 seconds'],
    [60_000, '1 minute'],
    [60_001, '2 minutes'],
    [15 * 60_000, '15 minutes'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});
