import type { EditorDoc } from './types';

const EPSILON = 1e-6;

/** True when `[start, start + duration)` overlaps no clip of the track (touching ends are fine) and the track is not locked. */
export function isTrackFree(doc: EditorDoc, trackIndex: number, start: number, duration: number, ignoreClip?: number): boolean {
  const track = doc.tracks[trackIndex];
  // A locked track takes no new clips.
  if (!track || track.locked) return false;
  const end = start + duration;
  return track.clips.every(
    (clip, i) => i === ignoreClip || clip.start + clip.duration <= start + EPSILON || clip.start >= end - EPSILON,
  );
}

/**
 * Where a new clip over `[start, start + duration)` goes so that it never lands under or over another
 * clip of the same track: the wanted track when it is free there, else the nearest free track above
 * it (drawn on top, so the new clip is visible), else below, else a new track on top (`tracks.length`).
 * Example: track 0 taken at 2–4 s, track 1 free → a clip wanted on track 0 at 3 s goes to track 1.
 */
export function freeTrackFor(doc: EditorDoc, { trackIndex, start, duration }: { trackIndex: number; start: number; duration: number }): number {
  const count = doc.tracks.length;
  const wanted = Math.min(Math.max(0, Math.trunc(trackIndex)), Math.max(0, count - 1));
  if (count === 0) return 0;
  if (isTrackFree(doc, wanted, start, duration)) return wanted;
  for (let i = wanted + 1; i < count; i++) if (isTrackFree(doc, i, start, duration)) return i;
  for (let i = wanted - 1; i >= 0; i--) if (isTrackFree(doc, i, start, duration)) return i;
  return count;
}
