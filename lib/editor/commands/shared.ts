import type { Clip, Track } from '../../video';
import type { ClipRef, EditorDoc } from '../types';

/**
 * Structural-sharing helpers used by every command: only the path from the root to the changed
 * clip is copied, every other track and clip keeps its identity (history and React rely on it).
 */

export function replaceTrack(doc: EditorDoc, trackIndex: number, track: Track): EditorDoc {
  if (doc.tracks[trackIndex] === track) return doc;
  const tracks = doc.tracks.slice();
  tracks[trackIndex] = track;
  return { ...doc, tracks };
}

export function replaceClip(doc: EditorDoc, ref: ClipRef, clip: Clip): EditorDoc {
  const track = doc.tracks[ref.trackIndex];
  if (!track || track.clips[ref.clipIndex] === undefined) return doc;
  if (track.clips[ref.clipIndex] === clip) return doc;
  const clips = track.clips.slice();
  clips[ref.clipIndex] = clip;
  return replaceTrack(doc, ref.trackIndex, { ...track, clips });
}

/** Clamps a track index into the document's range. */
export function clampTrackIndex(doc: EditorDoc, trackIndex: number): number {
  return Math.min(Math.max(0, Math.trunc(trackIndex)), doc.tracks.length - 1);
}

/** The shortest clip the editor will make: one frame. */
export function minClipDuration(doc: EditorDoc): number {
  return 1 / Math.max(1, doc.meta.fps);
}
