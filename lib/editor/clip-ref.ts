import type { Clip } from '../video';
import type { ClipRef, EditorDoc } from './types';

/** The clip at `ref`, or undefined when the ref points nowhere (e.g. after an undo). */
export function getClip(doc: EditorDoc, ref: ClipRef | null | undefined): Clip | undefined {
  if (!ref) return undefined;
  return doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
}

export function sameRef(a: ClipRef | null | undefined, b: ClipRef | null | undefined): boolean {
  if (!a || !b) return a === b;
  return a.trackIndex === b.trackIndex && a.clipIndex === b.clipIndex;
}
