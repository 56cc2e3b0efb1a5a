import { describe, expect, it } from 'vitest';
import { formatDuration, formatExpiresIn } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [2, '0:02'],
    [9.2, '0:10'],
    [75.5, '1:16'],
    [600, '10:00'],
    [3723, '1:02:03'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatExpiresIn', () => {
  const now = new Date('2026-03-19T10:00:00Z');
  const after = (ms: number) => new Date(now.getTime() + ms);
  it.each([
    [7 * 24 * 3600_000, 'in 7 days'],
    [(6 * 24 + 23) * 3600_000, 'in 6 days'],
    [47 * 3600_000, 'in 47 hours'],
    [3600_000, 'in 1 hour'],
    [12 * 60_000 + 5_000, 'in 12 minutes'],
    [60_000, 'in 1 minute'],
    [30_000, 'in under a minute'],
    [-5_000, 'in under a minute'],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatExpiresIn(after(ms), now)).toBe(expected);
  });
});
