import type { ClipRef, EditorDoc } from '../types';
import { isSameTime, updateKeyframeTrack, type KeyframeProperty } from './keyframe-track';

export interface RemoveKeyframeArgs {
  ref: ClipRef;
  /** Seconds from the clip's start. */
  time: number;
  /** Which tracks; default every track with a keyframe at `time`. */
  properties?: readonly KeyframeProperty[];
}

/** Deletes the keyframes at `time`; a track left empty is removed, and so is an empty `keyframes`. */
export function removeKeyframe(doc: EditorDoc, { ref, time, properties }: RemoveKeyframeArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  let next = doc;
  for (const property of properties ?? (clip.keyframes ?? []).map((k) => k.property)) {
    next = updateKeyframeTrack(next, ref, property, (frames) =>
      frames.some((f) => isSameTime(f.time, time)) ? frames.filter((f) => !isSameTime(f.time, time)) : frames,
    );
  }
  return next;
}
