import { frameToCanvas, type ClipFrame, type Point } from './clip-frame';

/** The selection frame's handles: eight for resizing (corners and edges) and one for rotating. */
export type ResizeHandle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export type Handle = ResizeHandle | 'rotate';

/** Each resize handle as box fractions (u, v). */
export const resizeHandleAt: Record<ResizeHandle, readonly [number, number]> = {
  nw: [0, 0],
  n: [0.5, 0],
  ne: [1, 0],
  e: [1, 0.5],
  se: [1, 1],
  s: [0.5, 1],
  sw: [0, 1],
  w: [0, 0.5],
};

export const isCorner = (h: ResizeHandle) => h.length === 2;

/** Screen pixels between the top edge's middle and the rotation handle. */
export const ROTATE_HANDLE_OFFSET_PX = 28;
/** Screen pixels around a handle's centre that grab it. */
export const HANDLE_HIT_PX = 9;

/** Which handles a clip gets: text scales its font from the corners only (it has no box of its own). */
export function handlesFor(isText: boolean): ResizeHandle[] {
  return isText ? ['nw', 'ne', 'se', 'sw'] : ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];
}

/**
 * Canvas positions of a frame's handles. `pxPerUnit` is screen pixels per canvas pixel (the preview
 * zoom), so the rotation handle sits a constant distance above the box on screen at any zoom.
 */
export function handlePositions(f: ClipFrame, pxPerUnit: number, isText: boolean): { handle: Handle; point: Point }[] {
  const out: { handle: Handle; point: Point }[] = handlesFor(isText).map((handle) => {
    const [u, v] = resizeHandleAt[handle];
    return { handle, point: frameToCanvas(f, u, v) };
  });
  const top = frameToCanvas(f, 0.5, 0);
  const centre = frameToCanvas(f, 0.5, 0.5);
  // "Up" of the drawn box: from its centre through the top edge's middle (follows rotation and flips).
  let ux = top.x - centre.x;
  let uy = top.y - centre.y;
  const length = Math.hypot(ux, uy);
  const rad = (f.rotation * Math.PI) / 180;
  if (length < 1e-9) [ux, uy] = [Math.sin(rad), -Math.cos(rad)];
  else [ux, uy] = [ux / length, uy / length];
  const offset = ROTATE_HANDLE_OFFSET_PX / pxPerUnit;
  out.push({ handle: 'rotate', point: { x: top.x + ux * offset, y: top.y + uy * offset } });
  return out;
}

/** The handle under a canvas point (the nearest within `HANDLE_HIT_PX` on screen), or null. */
export function handleAt(f: ClipFrame, point: Point, pxPerUnit: number, isText: boolean): Handle | null {
  let best: Handle | null = null;
  let bestDistance = HANDLE_HIT_PX / pxPerUnit;
  for (const { handle, point: p } of handlePositions(f, pxPerUnit, isText)) {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= bestDistance) {
      best = handle;
      bestDistance = d;
    }
  }
  return best;
}
