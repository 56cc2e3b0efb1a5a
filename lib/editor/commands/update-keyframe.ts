import type { EasingName } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { isSameTime, updateKeyframeTrack, type KeyframePoint, type KeyframeProperty } from './keyframe-track';

export interface UpdateKeyframeArgs {
  ref: ClipRef;
  property: KeyframeProperty;
  /** The keyframe's time (seconds from the clip's start). */
  time: number;
  /** `easing: undefined` goes back to the default (linear). */
  patch: { value?: KeyframePoint['value']; easing?: EasingName | undefined };
}

/** Changes the value or easing (the curve of the segment arriving at it) of the keyframe at `time`. */
export function updateKeyframe(doc: EditorDoc, { ref, property, time, patch }: UpdateKeyframeArgs): EditorDoc {
  return updateKeyframeTrack(doc, ref, property, (frames) => {
    const index = frames.findIndex((f) => isSameTime(f.time, time));
    const old = frames[index];
    if (!old) return frames;
    const next: KeyframePoint = { ...old };
    if (patch.value !== undefined) next.value = patch.value;
    if ('easing' in patch) {
      if (patch.easing === undefined || patch.easing === 'linear') delete next.easing;
      else next.easing = patch.easing;
    }
    if (JSON.stringify(next) === JSON.stringify(old)) return frames;
    return frames.map((f, i) => (i === index ? next : f));
  });
}
