import { describe, expect, it } from 'vitest';
import { handleAt, handlePositions } from './selection-handles';
import type { ClipFrame } from './clip-frame';

const frame: ClipFrame = {
  ref: { trackIndex: 0, clipIndex: 0 }, x: 500, y: 500, width: 200, height: 100, anchorX: 0.5, anchorY: 0.5,
  scaleX: 1, scaleY: 1, rotation: 0, skewX: 0, skewY: 0, opacity: 1, offsetX: 0, offsetY: 0, offsetRotation: 0,
};

describe('selection handles', () => {
  it('puts the rotation handle a fixed screen distance above the top edge, at any zoom', () => {
    const at = (zoom: number) => handlePositions(frame, zoom, false).find((h) => h.handle === 'rotate')?.point;
    expect(at(1)).toEqual({ x: 500, y: 450 - 28 });
    expect(at(0.5)).toEqual({ x: 500, y: 450 - 56 });
    const turned = handlePositions({ ...frame, rotation: 90 }, 1, false).find((h) => h.handle === 'rotate')?.point;
    expect(turned?.x).toBeCloseTo(550 + 28);
    expect(turned?.y).toBeCloseTo(500);
  });

  it('finds the handle under a point within the grab radius; text has corners only', () => {
    expect(handleAt(frame, { x: 603, y: 548 }, 1, false)).toBe('se');
    expect(handleAt(frame, { x: 600, y: 500 }, 1, false)).toBe('e');
    expect(handleAt(frame, { x: 600, y: 500 }, 1, true)).toBeNull();
    expect(handleAt(frame, { x: 620, y: 500 }, 1, false)).toBeNull();
    expect(handleAt(frame, { x: 620, y: 500 }, 0.25, false)).toBe('e');
  });
});
