import type { Clip } from '../../video';
import type { EditorDoc } from '../types';
import { replaceTrack } from './shared';

export interface AddClipArgs {
  trackIndex: number;
  clip: Clip;
  /** Position in the track's clip list; defaults to the end. */
  index?: number;
}

/** Inserts a clip into a track (appended by default). An unknown track leaves the document as is. */
export function addClip(doc: EditorDoc, { trackIndex, clip, index }: AddClipArgs): EditorDoc {
  const track = doc.tracks[trackIndex];
  if (!track) return doc;
  const at = index === undefined ? track.clips.length : Math.min(Math.max(0, index), track.clips.length);
  const clips = track.clips.slice();
  clips.splice(at, 0, clip);
  return replaceTrack(doc, trackIndex, { ...track, clips });
}
