import type { ClipRef, EditorDoc } from '../types';
import { replaceTrack } from './shared';

/** Removes one clip; clips after it in the same track shift down one index. */
export function removeClip(doc: EditorDoc, { ref }: { ref: ClipRef }): EditorDoc {
  const track = doc.tracks[ref.trackIndex];
  if (!track || track.clips[ref.clipIndex] === undefined) return doc;
  const clips = track.clips.filter((_, i) => i !== ref.clipIndex);
  return replaceTrack(doc, ref.trackIndex, { ...track, clips });
}
