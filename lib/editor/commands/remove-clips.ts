import type { ClipRef, EditorDoc } from '../types';
import { groupByTrack } from './move-clips';
import { replaceTrack } from './shared';

/** Removes several clips at once (a multi-selection delete); refs pointing nowhere are ignored. */
export function removeClips(doc: EditorDoc, { refs }: { refs: readonly ClipRef[] }): EditorDoc {
  let next = doc;
  for (const [trackIndex, indices] of groupByTrack(refs)) {
    const track = next.tracks[trackIndex];
    if (!track) continue;
    const gone = new Set(indices);
    const clips = track.clips.filter((_, i) => !gone.has(i));
    if (clips.length !== track.clips.length) next = replaceTrack(next, trackIndex, { ...track, clips });
  }
  return next;
}
