import type { Track } from '../../video';
import type { EditorDoc } from '../types';
import { replaceTrack } from './shared';

export interface TrackPatch {
  /** Track label; `undefined` removes it. */
  id?: string | undefined;
  /** Silences the track's audio; `false` is stored as absent (the default). */
  muted?: boolean;
}

/** Renames or (un)mutes a track. Unchanged → the same document. */
export function updateTrack(doc: EditorDoc, { trackIndex, patch }: { trackIndex: number; patch: TrackPatch }): EditorDoc {
  const track = doc.tracks[trackIndex];
  if (!track) return doc;
  const next: Track = { ...track };
  if ('id' in patch) {
    if (patch.id === undefined || patch.id === '') delete next.id;
    else next.id = patch.id;
  }
  if (patch.muted !== undefined) {
    if (patch.muted) next.muted = true;
    else delete next.muted;
  }
  const isSame = next.id === track.id && next.muted === track.muted && Object.keys(next).length === Object.keys(track).length;
  return isSame ? doc : replaceTrack(doc, trackIndex, next);
}
