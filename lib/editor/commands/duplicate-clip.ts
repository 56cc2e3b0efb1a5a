import type { ClipRef, EditorDoc } from '../types';
import { addClip } from './add-clip';

/**
 * Copies a clip and places the copy right after the original in time, on the same track and
 * directly after it in the list (so it lands at `clipIndex + 1`). The copy drops `id` to keep ids unique.
 */
export function duplicateClip(doc: EditorDoc, { ref }: { ref: ClipRef }): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const { id: _id, ...rest } = clip;
  const copy = { ...rest, start: Number((clip.start + clip.duration).toFixed(6)) };
  return addClip(doc, { trackIndex: ref.trackIndex, clip: copy, index: ref.clipIndex + 1 });
}
