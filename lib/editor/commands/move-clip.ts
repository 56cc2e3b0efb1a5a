import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { addClip } from './add-clip';
import { clampTrackIndex, replaceClip } from './shared';
import { removeClip } from './remove-clip';

export interface MoveClipArgs {
  ref: ClipRef;
  /** New start in seconds (clamped to ≥ 0). */
  start: number;
  /** Destination track; omitted or equal to the current one keeps the clip where it is in its list. */
  trackIndex?: number;
}

/**
 * Moves a clip in time and optionally to another track, where it is appended to the end of the
 * clip list (see `movedClipRef` for where it lands).
 */
export function moveClip(doc: EditorDoc, { ref, start, trackIndex }: MoveClipArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const nextStart = cleanSeconds(Math.max(0, Number.isFinite(start) ? start : clip.start));
  const toTrack = trackIndex === undefined ? ref.trackIndex : clampTrackIndex(doc, trackIndex);
  const moved = nextStart === clip.start ? clip : { ...clip, start: nextStart };
  if (toTrack === ref.trackIndex) return replaceClip(doc, ref, moved);
  return addClip(removeClip(doc, { ref }), { trackIndex: toTrack, clip: moved });
}

/** Where `moveClip(doc, args)` puts the clip, computed on the document *before* the move. */
export function movedClipRef(doc: EditorDoc, { ref, trackIndex }: MoveClipArgs): ClipRef {
  const toTrack = trackIndex === undefined ? ref.trackIndex : clampTrackIndex(doc, trackIndex);
  if (toTrack === ref.trackIndex) return ref;
  return { trackIndex: toTrack, clipIndex: doc.tracks[toTrack]?.clips.length ?? 0 };
}
