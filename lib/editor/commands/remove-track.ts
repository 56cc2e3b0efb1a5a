import type { EditorDoc } from '../types';

/** Removes a track and its clips. The last remaining track is kept (a v2 config needs one). */
export function removeTrack(doc: EditorDoc, { trackIndex }: { trackIndex: number }): EditorDoc {
  if (doc.tracks.length <= 1 || doc.tracks[trackIndex] === undefined) return doc;
  return { ...doc, tracks: doc.tracks.filter((_, i) => i !== trackIndex) };
}
