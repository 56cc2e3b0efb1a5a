import { describe, expect, it } from 'vitest';
import { fitToCanvas, naturalDuration } from './media-clip';

describe('media clip sizing and length', () => {
  it('fits the canvas keeping the aspect ratio', () => {
    expect(fitToCanvas({ width: 1280, height: 720 }, { width: 1080, height: 1920 })).toEqual({ width: 1080, height: 608 });
    expect(fitToCanvas({ width: 100, height: 400 }, { width: 1920, height: 1080 })).toEqual({ width: 270, height: 1080 });
    expect(fitToCanvas({ width: null, height: null }, { width: 320, height: 180 })).toEqual({ width: 320, height: 180 });
  });

  it('uses whole frames of the source, and 5 s for images or unknown lengths', () => {
    expect(naturalDuration({ type: 'video', duration: 2 }, 30)).toBe(2);
    expect(naturalDuration({ type: 'audio', duration: 1.99 }, 30)).toBeCloseTo(59 / 30, 6);
    expect(naturalDuration({ type: 'video', duration: null }, 30)).toBe(5);
    expect(naturalDuration({ type: 'image', duration: null }, 30)).toBe(5);
  });
});
