import { describe, expect, it } from 'vitest';
import { canvasSnapTargets, snapMove } from './snapping';
import type { ClipFrame } from './clip-frame';

const other: ClipFrame = {
  ref: { trackIndex: 1, clipIndex: 0 }, x: 300, y: 300, width: 100, height: 50, anchorX: 0, anchorY: 0,
  scaleX: 1, scaleY: 1, rotation: 0, skewX: 0, skewY: 0, opacity: 1, offsetX: 0, offsetY: 0, offsetRotation: 0,
};

describe('snapMove', () => {
  const targets = canvasSnapTargets({ width: 1920, height: 1080 }, [other]);

  it('lands the box centre on the canvas centre and shows the guide', () => {
    const box = { left: 0, top: 0, right: 100, bottom: 100 };
    expect(snapMove(box, { dx: 908, dy: 700 }, targets, 6)).toEqual({ dx: 910, dy: 700, guides: [{ axis: 'x', at: 960 }] });
  });

  it("lines up with another clip's edges, on both axes", () => {
    const box = { left: 0, top: 0, right: 50, bottom: 50 };
    expect(snapMove(box, { dx: 403, dy: 346 }, targets, 6)).toEqual({
      dx: 400,
      dy: 350,
      guides: [{ axis: 'x', at: 400 }, { axis: 'y', at: 350 }],
    });
  });

  it('leaves the offset alone beyond the threshold', () => {
    expect(snapMove({ left: 0, top: 0, right: 10, bottom: 10 }, { dx: 700, dy: 700 }, targets, 6).guides).toEqual([]);
  });
});
