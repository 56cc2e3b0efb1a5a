import type { Track } from '../../video';
import type { EditorDoc } from '../types';
import { replaceTrack } from './shared';

export interface TrackPatch {
  /** Track label; `undefined` or '' removes it. */
  id?: string | undefined;
  /** Silences the track's audio; `false` is stored as absent (the default). */
  muted?: boolean;
  /** The track's clips are not drawn (Cutroom addition); `false` is stored as absent. */
  hidden?: boolean;
  /** The track's clips cannot be selected or edited (Cutroom addition); `false` is stored as absent. */
  locked?: boolean;
}

const FLAGS = ['muted', 'hidden', 'locked'] as const;

/** Renames, (un)mutes, hides or locks a track. Unchanged → the same document. */
export function updateTrack(doc: EditorDoc, { trackIndex, patch }: { trackIndex: number; patch: TrackPatch }): EditorDoc {
  const track = doc.tracks[trackIndex];
  if (!track) return doc;
  const next: Track = { ...track };
  if ('id' in patch) {
    const id = patch.id?.trim();
    if (!id) delete next.id;
    else next.id = id;
  }
  for (const flag of FLAGS) {
    const value = patch[flag];
    if (value === undefined) continue;
    if (value) next[flag] = true;
    else delete next[flag];
  }
  const keys = Object.keys(next) as (keyof Track)[];
  const isSame = keys.length === Object.keys(track).length && keys.every((k) => next[k] === track[k]);
  return isSame ? doc : replaceTrack(doc, trackIndex, next);
}
