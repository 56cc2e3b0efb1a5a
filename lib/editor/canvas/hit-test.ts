import type { ClipRef, EditorDoc } from '../types';
import { clipFramesAt, frameContains, type MeasureClip, type Point } from './clip-frame';

/**
 * The topmost canvas clip drawn under a canvas point at `frame`, or null (empty canvas). Paint order
 * is lib/video's (zIndex, then start, then document order); the box follows anchor, rotation, scale
 * and motion at that frame. A clip fully transparent at that frame is not picked: what you see is
 * what you click. Clips of hidden tracks (not drawn) and locked tracks (not editable) are passed over,
 * so a click reaches what is drawn beneath them.
 */
export function hitTest(doc: EditorDoc, frame: number, point: Point, measure: MeasureClip): ClipRef | null {
  const frames = clipFramesAt(doc, frame, measure);
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (!f || f.opacity <= 0) continue;
    const track = doc.tracks[f.ref.trackIndex];
    if (track?.hidden === true || track?.locked === true) continue;
    if (frameContains(f, point)) return f.ref;
  }
  return null;
}
