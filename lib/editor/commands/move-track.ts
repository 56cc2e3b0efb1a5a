import type { EditorDoc } from '../types';

/**
 * Moves a track to another position in the track list (its clips go with it). With the editor's
 * layering (`layerByTrack`), a later track is drawn above an earlier one, so this changes what is on top.
 * Example: tracks [A, B, C], from 0 to 2 → [B, C, A].
 */
export function moveTrack(doc: EditorDoc, { from, to }: { from: number; to: number }): EditorDoc {
  const count = doc.tracks.length;
  if (!doc.tracks[from]) return doc;
  const target = Math.min(Math.max(0, Math.trunc(to)), count - 1);
  if (target === from) return doc;
  const tracks = doc.tracks.slice();
  const [moved] = tracks.splice(from, 1);
  tracks.splice(target, 0, moved!);
  return { ...doc, tracks };
}

/** Where a track index ends up after `moveTrack(doc, { from, to })` (for keeping the selection). */
export function movedTrackIndex(index: number, { from, to }: { from: number; to: number }): number {
  if (index === from) return to;
  if (from < to && index > from && index <= to) return index - 1;
  if (from > to && index >= to && index < from) return index + 1;
  return index;
}
