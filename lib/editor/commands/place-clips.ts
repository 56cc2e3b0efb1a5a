import type { Clip } from '../../video';
import { MAX_TRACKS } from '../../video';
import type { ClipRef, EditorDoc } from '../types';

export interface Placement {
  /** May be `tracks.length` or more: new tracks are added on top. */
  trackIndex: number;
  clip: Clip;
}

/**
 * Appends clips to the end of their tracks (adding empty tracks on top when a placement asks for
 * one), the shared last step of duplicate and paste. Returns the document and where each clip landed.
 */
export function placeClips(doc: EditorDoc, placements: readonly Placement[]): { doc: EditorDoc; refs: ClipRef[] } {
  if (placements.length === 0) return { doc, refs: [] };
  const highest = Math.min(MAX_TRACKS - 1, Math.max(...placements.map((p) => p.trackIndex)));
  const tracks = doc.tracks.slice();
  while (tracks.length <= highest) tracks.push({ clips: [] });
  const copied = new Set<number>();
  const refs = placements.map(({ trackIndex, clip }) => {
    const t = Math.min(trackIndex, highest);
    if (!copied.has(t)) {
      tracks[t] = { ...tracks[t]!, clips: tracks[t]!.clips.slice() };
      copied.add(t);
    }
    tracks[t]!.clips.push(clip);
    return { trackIndex: t, clipIndex: tracks[t]!.clips.length - 1 };
  });
  return { doc: { ...doc, tracks }, refs };
}

/** A copy of a clip without its `id` (ids stay unique), at a new start. */
export function copyClipAt(clip: Clip, start: number): Clip {
  const { id: _id, ...rest } = clip;
  return { ...rest, start: Number(Math.max(0, start).toFixed(6)) } as Clip;
}
