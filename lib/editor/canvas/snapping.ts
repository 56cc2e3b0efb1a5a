import { findSnap } from '../snap';
import type { Size } from '../../video';
import { frameBounds, type ClipFrame } from './clip-frame';

/** A guide line to draw: a vertical line at canvas x, or a horizontal one at canvas y. */
export type Guide = { axis: 'x'; at: number } | { axis: 'y'; at: number };

/** Screen pixels within which a moving box snaps. */
export const CANVAS_SNAP_PX = 6;

export interface SnapTargets {
  xs: number[];
  ys: number[];
}

/** What a moving box lines up with: the canvas' edges and centre, and the edges and centres of the other clips on screen. */
export function canvasSnapTargets(canvas: Size, others: readonly ClipFrame[]): SnapTargets {
  const xs = [0, canvas.width / 2, canvas.width];
  const ys = [0, canvas.height / 2, canvas.height];
  for (const f of others) {
    const b = frameBounds(f);
    xs.push(b.left, (b.left + b.right) / 2, b.right);
    ys.push(b.top, (b.top + b.bottom) / 2, b.bottom);
  }
  return { xs, ys };
}

/**
 * Snaps a box moved by (dx, dy): on each axis independently, the box's left/centre/right (top/middle/
 * bottom) edge closest to a target within `threshold` canvas pixels lands on it. Returns the
 * corrected offset and the guides to show. Example: a 100 px box (left 0) moved by dx 908 on a
 * 1920 canvas has its centre at 958, 2 px from the canvas centre → dx 910, a guide at x 960.
 */
export function snapMove(
  box: { left: number; top: number; right: number; bottom: number },
  delta: { dx: number; dy: number },
  targets: SnapTargets,
  threshold: number,
): { dx: number; dy: number; guides: Guide[] } {
  const left = box.left + delta.dx;
  const right = box.right + delta.dx;
  const top = box.top + delta.dy;
  const bottom = box.bottom + delta.dy;
  const sx = findSnap([left, (left + right) / 2, right], targets.xs, threshold);
  const sy = findSnap([top, (top + bottom) / 2, bottom], targets.ys, threshold);
  const guides: Guide[] = [];
  if (sx) guides.push({ axis: 'x', at: sx.target });
  if (sy) guides.push({ axis: 'y', at: sy.target });
  return { dx: delta.dx + (sx?.delta ?? 0), dy: delta.dy + (sy?.delta ?? 0), guides };
}
