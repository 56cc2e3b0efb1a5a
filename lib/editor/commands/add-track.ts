import type { Track } from '../../video';
import type { EditorDoc } from '../types';

/** Adds an empty track (at the end by default). */
export function addTrack(doc: EditorDoc, { index, track }: { index?: number; track?: Track } = {}): EditorDoc {
  const at = index === undefined ? doc.tracks.length : Math.min(Math.max(0, index), doc.tracks.length);
  const tracks = doc.tracks.slice();
  tracks.splice(at, 0, track ?? { clips: [] });
  return { ...doc, tracks };
}
