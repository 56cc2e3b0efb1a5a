import { keyframeValueAt, resolveLength, scalePair, type Clip, type EasingName, type Size } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { clampKeyframeTime, isSameTime, keyframeFrames, updateKeyframeTrack, type KeyframePoint, type KeyframeProperty } from './keyframe-track';
import { lengthLike, round } from './length-unit';

export interface AddKeyframeArgs {
  ref: ClipRef;
  property: KeyframeProperty;
  /** Seconds from the clip's start (clamped to the clip). */
  time: number;
  value: KeyframePoint['value'];
  easing?: EasingName;
}

/**
 * Sets a keyframe: a new one at `time`, or a new value for the one already there (its easing is kept
 * unless `easing` is given). The track is created when the property had none.
 */
export function addKeyframe(doc: EditorDoc, { ref, property, time, value, easing }: AddKeyframeArgs): EditorDoc {
  return updateKeyframeTrack(doc, ref, property, (frames, clip) => {
    const at = clampKeyframeTime(clip, time);
    const existing = frames.findIndex((f) => isSameTime(f.time, at));
    const old = frames[existing];
    if (old) {
      const same = JSON.stringify(old.value) === JSON.stringify(value) && (easing === undefined || easing === old.easing);
      if (same) return frames;
      return frames.map((f, i) => (i === existing ? { ...f, value, ...(easing ? { easing } : {}) } : f));
    }
    return [...frames, { time: at, value, ...(easing ? { easing } : {}) }];
  });
}

/**
 * The value a property has at clip time `t`, in the unit the clip uses for it: its keyframes
 * evaluated when it has some (lengths in the unit of its first keyframe), else the clip's own value
 * (the default when omitted). What "add keyframe at the playhead" records.
 */
export function keyframeValueNow(clip: Clip, property: KeyframeProperty, t: number, parent: Size): KeyframePoint['value'] {
  const frames = keyframeFrames(clip, property);
  const transform = clip.transform ?? {};
  if (property === 'x' || property === 'y' || property === 'width' || property === 'height') {
    const reference = property === 'x' || property === 'width' ? parent.width : parent.height;
    const base = transform[property];
    if (!frames) return base ?? (property === 'x' || property === 'y' ? '50%' : reference);
    const px = keyframeValueAt(frames, t, (v) => [resolveLength(v as number | string, reference)])?.[0] ?? 0;
    return lengthLike(px, frames[0]?.value as number | string, reference);
  }
  if (property === 'scale') {
    if (!frames) return transform.scale ?? 1;
    const [sx = 1, sy = 1] = keyframeValueAt(frames, t, (v) => scalePair(v as number | [number, number])) ?? [];
    return sx === sy ? round(sx, 4) : [round(sx, 4), round(sy, 4)];
  }
  const base =
    property === 'opacity'
      ? (clip.style?.opacity ?? clip.opacity ?? 1)
      : property === 'rotation'
        ? (transform.rotation ?? 0)
        : property === 'scaleX' || property === 'scaleY'
          ? (scalePair(transform.scale)[property === 'scaleX' ? 0 : 1])
          : property === 'skewX' || property === 'skewY'
            ? (transform.skew?.[property === 'skewX' ? 0 : 1] ?? 0)
            : ((clip.style?.[property] as number | undefined) ?? 0);
  if (!frames) return base;
  return round(keyframeValueAt(frames, t, (v) => [v as number])?.[0] ?? base, 4);
}
