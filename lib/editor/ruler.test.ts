import { describe, expect, it } from 'vitest';
import { clampZoom, rulerStep, rulerTicks } from './ruler';

describe('ruler', () => {
  it('spaces labels at least 64 px apart', () => {
    expect(rulerStep(100)).toBe(1);
    expect(rulerStep(40)).toBe(2);
    expect(rulerStep(10)).toBe(10);
    expect(rulerStep(800)).toBe(0.1);
  });

  it('lists major and minor ticks', () => {
    const ticks = rulerTicks(100, 0, 2);
    expect(ticks.filter((t) => t.isMajor).map((t) => t.time)).toEqual([0, 1, 2]);
    expect(ticks.filter((t) => !t.isMajor).map((t) => t.time)).toEqual([0.25, 0.5, 0.75, 1.25, 1.5, 1.75]);
  });

  it('clamps zoom', () => {
    expect(clampZoom(0)).toBe(4);
    expect(clampZoom(1e9)).toBe(1000);
    expect(clampZoom(Number.NaN)).toBe(80);
  });
});
