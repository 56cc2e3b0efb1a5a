import { describe, expect, it } from 'vitest';
import { formatAmount, formatBytes, formatDateTime } from './format';

describe('format', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [512 * 1024 ** 2, '512 MB'],
    [10 * 1024 ** 3, '10 GB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
  ])('formatBytes(%i) = %s', (n, text) => expect(formatBytes(n)).toBe(text));

  it('formats amounts with a sign', () => {
    expect([formatAmount(100), formatAmount(-15), formatAmount(0)]).toEqual(['+100', '−15', '0']);
  });

  it('formats dates in UTC, saying so', () => {
    expect(formatDateTime(new Date('2025-05-12T14:03:59Z'))).toBe('12 May 2025, 14:03 UTC');
  });
});
