import type { ClipRef, EditorDoc } from '../types';
import { clampKeyframeTime, isSameTime, updateKeyframeTrack, type KeyframeProperty } from './keyframe-track';

export interface RetimeKeyframeArgs {
  ref: ClipRef;
  /** The keyframes' current time (seconds from the clip's start). */
  time: number;
  /** Their new time, clamped to the clip. */
  to: number;
  /** Which tracks; default every track with a keyframe at `time` (one diamond on the timeline). */
  properties?: readonly KeyframeProperty[];
}

/**
 * Moves the keyframes at `time` to `to`. A keyframe of the same track already at `to` is replaced
 * (two keyframes at one time would make a jump no one asked for).
 */
export function retimeKeyframe(doc: EditorDoc, { ref, time, to, properties }: RetimeKeyframeArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const target = clampKeyframeTime(clip, to);
  if (isSameTime(target, time)) return doc;
  const names = properties ?? (clip.keyframes ?? []).map((k) => k.property);
  let next = doc;
  for (const property of names) {
    next = updateKeyframeTrack(next, ref, property, (frames) => {
      const moving = frames.find((f) => isSameTime(f.time, time));
      if (!moving) return frames;
      return [...frames.filter((f) => !isSameTime(f.time, time) && !isSameTime(f.time, target)), { ...moving, time: target }];
    });
  }
  return next;
}
