import { defaultClipSize } from '../../composition/default-size';
import {
  clipFrameWindow,
  clipStateAt,
  effectiveDuration,
  normalizeVideoConfig,
  paintOrder,
  type Clip,
  type Placement,
  type Size,
} from '../../video';
import type { ClipRef, EditorDoc } from '../types';

/** A point in canvas (composition) pixels, y down. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Where a clip is drawn at one frame, in canvas pixels: its box (width × height) is placed so that
 * the anchor point (anchorX, anchorY as fractions of the box) sits at (x, y), then rotated, scaled
 * and skewed around that point — exactly the CSS the composition writes (lib/video/geometry.ts
 * `cssTransform`), with keyframes, move/scale/rotate animations and slide/zoom motion applied
 * (lib/video/motion.ts `clipStateAt`).
 */
export interface ClipFrame extends Omit<Placement, 'width' | 'height'> {
  ref: ClipRef;
  width: number;
  height: number;
  opacity: number;
  /**
   * The part of (x, y) and rotation that comes from slide/zoom animations and transitions, not from
   * the clip's values: a gesture writes `x - offsetX` back.
   */
  offsetX: number;
  offsetY: number;
  offsetRotation: number;
}

/** Untransformed box size of a clip as drawn (text and media without a size), or undefined when not drawn. */
export type MeasureClip = (ref: ClipRef) => Size | undefined;

/** Clip types the canvas can pick and edit: the ones with a transform of their own. */
export function isCanvasClip(clip: Clip): boolean {
  return clip.type !== 'audio' && clip.type !== 'subtitle' && clip.type !== 'template';
}

/** One clip with its aliases and `$ref`s resolved as the composition sees it (rect width, circle size). */
function normalizedClip(doc: EditorDoc, clip: Clip): Clip {
  return normalizeVideoConfig({ ...doc, tracks: [{ clips: [clip] }] }).config.tracks[0]?.clips[0] ?? clip;
}

/** Whether the clip is on screen at `frame` (its Sequence window). */
export function isClipAtFrame(clip: Clip, frame: number, fps: number): boolean {
  const window = clipFrameWindow(clip, fps);
  return frame >= window.from && frame < window.from + window.frames;
}

/** Seconds from the clip's start at a composition frame (what `useCurrentFrame() / fps` is inside its Sequence). */
export function clipTimeAtFrame(clip: Clip, frame: number, fps: number): number {
  return (frame - clipFrameWindow(clip, fps).from) / fps;
}

/** A (normalized) clip's placement, motion and opacity at a composition frame. */
function stateAt(doc: EditorDoc, clip: Clip, frame: number) {
  const canvas = { width: doc.meta.width, height: doc.meta.height };
  return clipStateAt(clip, clipTimeAtFrame(clip, frame, doc.meta.fps), {
    canvas,
    parent: canvas,
    windowDuration: effectiveDuration(clip),
    defaultSize: defaultClipSize(clip.type, canvas),
  });
}

/** Opacity from which a clip counts as seen on the canvas (an entry fade's first frames do not). */
export const VISIBLE_OPACITY = 0.5;

/** How far firstVisibleFrame looks ahead, in seconds: the canvas asks on every draw while a clip is transparent. */
export const VISIBLE_SEARCH_SECONDS = 10;

/**
 * The first frame at or after `from`, inside the clip's window and at most VISIBLE_SEARCH_SECONDS on,
 * at which the clip is drawn at least half opaque (after its entry fade, keyframes or transition): where
 * to show a clip that is transparent at the playhead. Undefined when there is none, or when it is not a
 * canvas clip.
 */
export function firstVisibleFrame(doc: EditorDoc, ref: ClipRef, from: number): number | undefined {
  const raw = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!raw || !isCanvasClip(raw)) return undefined;
  const clip = normalizedClip(doc, raw);
  const window = clipFrameWindow(clip, doc.meta.fps);
  const first = Math.max(from, window.from);
  const end = Math.min(window.from + window.frames, first + Math.ceil(VISIBLE_SEARCH_SECONDS * doc.meta.fps));
  for (let f = first; f < end; f++) {
    if (stateAt(doc, clip, f).opacity >= VISIBLE_OPACITY) return f;
  }
  return undefined;
}

/** The frame of a clip at a composition frame, or undefined when it is not a canvas clip or not on screen. */
export function clipFrameAt(doc: EditorDoc, ref: ClipRef, frame: number, measure: MeasureClip): ClipFrame | undefined {
  const raw = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!raw || !isCanvasClip(raw) || !isClipAtFrame(raw, frame, doc.meta.fps)) return undefined;
  const state = stateAt(doc, normalizedClip(doc, raw), frame);
  const { placement: p, motion: m } = state;
  const intrinsic = p.width === undefined || p.height === undefined ? measure(ref) : undefined;
  const width = p.width ?? intrinsic?.width;
  const height = p.height ?? intrinsic?.height;
  if (width === undefined || height === undefined) return undefined;
  return {
    ref,
    x: p.x + m.dx,
    y: p.y + m.dy,
    width,
    height,
    anchorX: p.anchorX,
    anchorY: p.anchorY,
    scaleX: p.scaleX * m.scaleX,
    scaleY: p.scaleY * m.scaleY,
    rotation: p.rotation + m.rotation,
    skewX: p.skewX,
    skewY: p.skewY,
    opacity: state.opacity,
    offsetX: m.dx,
    offsetY: m.dy,
    offsetRotation: m.rotation,
  };
}

/** Frames of every canvas clip on screen at `frame`, in paint order (the last one is drawn on top). */
export function clipFramesAt(doc: EditorDoc, frame: number, measure: MeasureClip): ClipFrame[] {
  const frames: ClipFrame[] = [];
  for (const { trackIndex, clipIndex } of paintOrder(doc)) {
    const f = clipFrameAt(doc, { trackIndex, clipIndex }, frame, measure);
    if (f) frames.push(f);
  }
  return frames;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** `rotate(r) scale(sx, sy) skew(kx, ky)` as a 2×2 matrix [a, b, c, d] (x' = a·x + c·y, y' = b·x + d·y). */
function linear(f: ClipFrame): [number, number, number, number] {
  const cos = Math.cos(rad(f.rotation));
  const sin = Math.sin(rad(f.rotation));
  const tx = Math.tan(rad(f.skewX));
  const ty = Math.tan(rad(f.skewY));
  // R · S · K
  const s = [f.scaleX, 0, 0, f.scaleY];
  const k = [1, ty, tx, 1];
  const sk = [s[0]! * k[0]! + s[2]! * k[1]!, s[1]! * k[0]! + s[3]! * k[1]!, s[0]! * k[2]! + s[2]! * k[3]!, s[1]! * k[2]! + s[3]! * k[3]!];
  return [cos * sk[0]! - sin * sk[1]!, sin * sk[0]! + cos * sk[1]!, cos * sk[2]! - sin * sk[3]!, sin * sk[2]! + cos * sk[3]!];
}

/**
 * The canvas point of a point of the box given as fractions: `(0, 0)` top-left corner, `(1, 1)`
 * bottom-right, `(anchorX, anchorY)` is (x, y) itself.
 */
export function frameToCanvas(f: ClipFrame, u: number, v: number): Point {
  const [a, b, c, d] = linear(f);
  const lx = (u - f.anchorX) * f.width;
  const ly = (v - f.anchorY) * f.height;
  return { x: f.x + a * lx + c * ly, y: f.y + b * lx + d * ly };
}

/** Box fractions (u, v) of a canvas point: the inverse of `frameToCanvas`; undefined for a degenerate box. */
export function canvasToFrame(f: ClipFrame, point: Point): { u: number; v: number } | undefined {
  const [a, b, c, d] = linear(f);
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12 || f.width <= 0 || f.height <= 0) return undefined;
  const px = point.x - f.x;
  const py = point.y - f.y;
  const lx = (d * px - c * py) / det;
  const ly = (-b * px + a * py) / det;
  return { u: lx / f.width + f.anchorX, v: ly / f.height + f.anchorY };
}

/** Whether a canvas point is inside the drawn (rotated, scaled) box. */
export function frameContains(f: ClipFrame, point: Point): boolean {
  const uv = canvasToFrame(f, point);
  return uv !== undefined && uv.u >= 0 && uv.u <= 1 && uv.v >= 0 && uv.v <= 1;
}

/** The four corners, clockwise from top-left. */
export function frameCorners(f: ClipFrame): [Point, Point, Point, Point] {
  return [frameToCanvas(f, 0, 0), frameToCanvas(f, 1, 0), frameToCanvas(f, 1, 1), frameToCanvas(f, 0, 1)];
}

/** The axis-aligned bounds of the drawn box (what snapping lines up). */
export function frameBounds(f: ClipFrame): { left: number; top: number; right: number; bottom: number } {
  const corners = frameCorners(f);
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
