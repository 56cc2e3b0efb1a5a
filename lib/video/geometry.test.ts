import { describe, expect, it } from 'vitest';
import { cssTransform, elementBox, pieSlicePath, placeElement, regularPolygon, resolveLength, transformOrigin } from './geometry';

const canvas = { width: 1920, height: 1080 };

describe('resolveLength', () => {
  it.each([
    [100, 1920, 100],
    ['25%', 1920, 480],
    ['-10%', 1000, -100],
    ['12.5%', 800, 100],
    [undefined, 1920, 0],
  ] as const)('%s of %d → %d', (value, reference, expected) => {
    expect(resolveLength(value, reference)).toBeCloseTo(expected);
  });
});

describe('placeElement + elementBox', () => {
  it('centres an element when x/y are omitted', () => {
    const box = elementBox(placeElement({ width: 200, height: 100 }, canvas));
    expect(box).toEqual({ left: 860, top: 490, width: 200, height: 100 });
  });

  it('puts the top-left corner at 0%,0% for a top-left anchor', () => {
    const box = elementBox(placeElement({ x: '0%', y: '0%', anchor: 'top-left', width: 100, height: 50 }, canvas));
    expect(box).toEqual({ left: 0, top: 0, width: 100, height: 50 });
  });

  it('measures numeric x/y in pixels from the canvas top-left', () => {
    const box = elementBox(placeElement({ x: 100, y: 40, anchor: 'top-left', width: 10, height: 10 }, canvas));
    expect(box.left).toBe(100);
    expect(box.top).toBe(40);
  });

  it('spec example: x 50%, y 0, anchor left puts the left edge on the vertical centre line', () => {
    const box = elementBox(placeElement({ x: '50%', y: 0, anchor: 'left', width: 300, height: 100 }, canvas));
    expect(box.left).toBe(960);
    expect(box.top).toBe(-50);
  });

  it.each([
    ['bottom-right', 1820, 1030],
    ['top-right', 1820, 0],
    ['bottom-left', 0, 1030],
    ['top', 910, 0],
    ['bottom', 910, 1030],
    ['left', 0, 515],
    ['right', 1820, 515],
  ] as const)('anchor %s at the matching canvas point keeps the box inside the canvas', (anchor, left, top) => {
    const point: Record<typeof anchor, [string, string]> = {
      'bottom-right': ['100%', '100%'], 'top-right': ['100%', '0%'], 'bottom-left': ['0%', '100%'],
      top: ['50%', '0%'], bottom: ['50%', '100%'], left: ['0%', '50%'], right: ['100%', '50%'],
    };
    const [x, y] = point[anchor];
    const t = { x, y, anchor, width: 100, height: 50 };
    expect(elementBox(placeElement(t, canvas))).toEqual({ left, top, width: 100, height: 50 });
  });

  it('resolves percent sizes against the parent and falls back to the default size', () => {
    const p = placeElement({ width: '50%' }, canvas, { width: 1, height: 1080 });
    expect(p.width).toBe(960);
    expect(p.height).toBe(1080);
  });

  it('uses the intrinsic size for text without a width', () => {
    const p = placeElement({ x: 100, y: 100, anchor: 'bottom-right' }, canvas);
    expect(p.width).toBeUndefined();
    expect(elementBox(p, { width: 40, height: 20 })).toEqual({ left: 60, top: 80, width: 40, height: 20 });
  });
});

describe('cssTransform', () => {
  it('translates by the anchor so the anchor point lands on (x, y)', () => {
    const p = placeElement({ anchor: 'bottom-right' }, canvas);
    expect(cssTransform(p)).toBe('translate(-100%, -100%)');
    expect(transformOrigin(p)).toBe('100% 100%');
  });

  it('composes rotation, per-axis scale and skew after the anchor translate', () => {
    const p = placeElement({ rotation: 30, scale: [2, 0.5], skew: [10, 0] }, canvas);
    expect(cssTransform(p)).toBe('translate(-50%, -50%) rotate(30deg) scale(2, 0.5) skew(10deg, 0deg)');
  });

  it('layers motion on top of the placement', () => {
    const p = placeElement({ rotation: 10, scale: 2 }, canvas);
    expect(cssTransform(p, { dx: 5, dy: -5, scaleX: 0.5, scaleY: 0.5, rotation: 20 })).toBe(
      'translate(-50%, -50%) translate(5px, -5px) rotate(30deg)',
    );
  });
});

describe('shapes', () => {
  it('a regular polygon starts at the top centre and goes clockwise', () => {
    const diamond = regularPolygon(4, 100, 100).map(([x, y]) => [Math.round(x), Math.round(y)]);
    expect(diamond).toEqual([[50, 0], [100, 50], [50, 100], [0, 50]]);
    expect(regularPolygon(2, 10, 10)).toHaveLength(3);
  });

  it('a pie slice measures angles clockwise from 12 o\'clock', () => {
    expect(pieSlicePath(100, 100, 0, 90)).toBe('M 50 50 L 50.000 0.000 A 50 50 0 0 1 100.000 50.000 Z');
    expect(pieSlicePath(100, 100, 0, 270)).toContain(' 0 1 1 ');
    expect(pieSlicePath(100, 100, 0, 360)).toMatch(/^M 0 50 A/);
  });
});
