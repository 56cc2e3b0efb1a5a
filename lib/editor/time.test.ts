import { describe, expect, it } from 'vitest';
import { formatRulerLabel, formatTimecode, quantize } from './time';

describe('time helpers', () => {
  it('quantizes to the frame grid without float noise', () => {
    expect(quantize(1.01, 30)).toBe(1);
    expect(quantize(0.1 + 0.2, 10)).toBe(0.3);
    expect(quantize(2.02, 25)).toBe(2.04);
  });

  it('formats timecode as mm:ss:ff', () => {
    expect(formatTimecode(95, 30)).toBe('00:03:05');
    expect(formatTimecode(30 * 3661, 30)).toBe('01:01:01:00');
  });

  it('labels the ruler in seconds, minutes past 60 s', () => {
    expect(formatRulerLabel(5)).toBe('5s');
    expect(formatRulerLabel(0.5)).toBe('0.5s');
    expect(formatRulerLabel(75)).toBe('1:15');
  });
});
