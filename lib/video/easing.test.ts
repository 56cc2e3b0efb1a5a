import { describe, expect, it } from 'vitest';
import { easingNames } from './capabilities';
import { ease } from './easing';

describe('easing', () => {
  it('offers linear plus 30 Penner curves', () => {
    expect(easingNames).toHaveLength(31);
  });

  it.each(easingNames)('%s starts at 0, ends at 1 and clamps its input', (name) => {
    expect(ease(name, 0)).toBeCloseTo(0, 6);
    expect(ease(name, 1)).toBeCloseTo(1, 6);
    expect(ease(name, -1)).toBeCloseTo(0, 6);
    expect(ease(name, 2)).toBeCloseTo(1, 6);
  });

  it.each(easingNames.filter((n) => !/Back|Elastic/.test(n)))('%s never leaves 0..1 and never runs backwards (except Bounce)', (name) => {
    let previous = 0;
    for (let i = 1; i <= 100; i++) {
      const v = ease(name, i / 100);
      expect(v).toBeGreaterThanOrEqual(-1e-9);
      expect(v).toBeLessThanOrEqual(1 + 1e-9);
      if (!name.includes('Bounce')) expect(v).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = v;
    }
  });

  it.each([
    ['linear', 0.25, 0.25],
    ['easeInQuad', 0.5, 0.25],
    ['easeOutQuad', 0.5, 0.75],
    ['easeInOutQuad', 0.25, 0.125],
    ['easeInCubic', 0.5, 0.125],
    ['easeOutCubic', 0.5, 0.875],
    ['easeInOutCubic', 0.5, 0.5],
    ['easeInOutSine', 0.5, 0.5],
    ['easeInSine', 0.5, 1 - Math.cos(Math.PI / 4)],
    ['easeInExpo', 0.5, 2 ** -5],
    ['easeOutBounce', 0.5, 0.765625],
  ] as const)('%s(%d) = %d', (name, t, expected) => {
    expect(ease(name, t)).toBeCloseTo(expected, 6);
  });

  it('Back overshoots below 0 on the way in and above 1 on the way out', () => {
    expect(ease('easeInBack', 0.2)).toBeLessThan(0);
    expect(ease('easeOutBack', 0.8)).toBeGreaterThan(1);
  });

  it('Elastic oscillates around its target', () => {
    const samples = Array.from({ length: 50 }, (_, i) => ease('easeOutElastic', (i + 1) / 51));
    expect(Math.max(...samples)).toBeGreaterThan(1);
  });
});
