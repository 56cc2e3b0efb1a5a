import type { Clip } from '../../video';
import { quantize, cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { addClip } from './add-clip';
import { minClipDuration, replaceClip } from './shared';

export interface SplitClipArgs {
  ref: ClipRef;
  /** Timeline time of the cut, in seconds (snapped to the frame grid). */
  at: number;
}

type Animation = NonNullable<Clip['animations']>[number];
type Keyframe = NonNullable<Clip['keyframes']>[number];
type KeyframePoint = Keyframe['frames'][number];

/**
 * Keyframe times are clip-relative, so the right part's frames move earlier by `offset`. Frames
 * that would fall before 0 collapse into one frame at 0 holding the value at the cut (linear
 * interpolation for numbers; easing is not replayed), so values continue across the cut.
 */
function shiftKeyframes(keyframes: readonly Keyframe[], offset: number): Keyframe[] {
  return keyframes.map((track) => {
    const shifted: KeyframePoint[] = track.frames.map((f: KeyframePoint) => ({ ...f, time: cleanSeconds(f.time - offset) }));
    const before = shifted.filter((f) => f.time < 0);
    const after = shifted.filter((f) => f.time >= 0);
    const last = before[before.length - 1];
    const next = after[0];
    if (last && (!next || next.time > 0)) {
      let value = last.value;
      if (next && typeof last.value === 'number' && typeof next.value === 'number') {
        const t = -last.time / (next.time - last.time);
        value = cleanSeconds(last.value + (next.value - last.value) * t);
      }
      after.unshift({ ...last, time: 0, value } as KeyframePoint);
    }
    return { ...track, frames: after } as Keyframe;
  });
}

/**
 * Cuts a clip in two at `at`; the right part is inserted right after the left one in the same track.
 * Animations are timed from the clip start, so each stays with the part it starts in (a fadeOut near
 * the end moves to the right part with its delay shifted); looping ones go to both. Keyframe times
 * are shifted for the right part so values continue across the cut. Video/audio right parts start
 * their source later by the cut offset. A cut outside the clip (or < 1 frame from an edge) is a no-op.
 * Example: a 0–4 s clip split at 1 s → 0–1 s and 1–4 s.
 */
export function splitClip(doc: EditorDoc, { ref, at }: SplitClipArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip || !Number.isFinite(at)) return doc;
  const cut = quantize(at, doc.meta.fps);
  const min = minClipDuration(doc);
  const end = clip.start + clip.duration;
  if (cut - clip.start < min - 1e-9 || end - cut < min - 1e-9) return doc;
  const offset = cleanSeconds(cut - clip.start);

  const left: Clip = { ...clip, duration: offset };
  const right: Clip = { ...clip, start: cut, duration: cleanSeconds(end - cut) };

  if (clip.animations) {
    const isLooping = (a: Animation) => a.loop === true || (typeof a.loop === 'number' && a.loop > 1);
    const delayOf = (a: Animation) => (typeof a.delay === 'number' ? a.delay : 0);
    const leftAnims = clip.animations.filter((a) => isLooping(a) || delayOf(a) < offset);
    const rightAnims = clip.animations
      .filter((a) => isLooping(a) || delayOf(a) >= offset)
      .map((a) => (isLooping(a) ? a : { ...a, delay: cleanSeconds(delayOf(a) - offset) }));
    if (leftAnims.length) left.animations = leftAnims;
    else delete left.animations;
    if (rightAnims.length) right.animations = rightAnims;
    else delete right.animations;
  }
  if (clip.keyframes) right.keyframes = shiftKeyframes(clip.keyframes, offset);
  if (clip.id !== undefined) right.id = uniqueId(doc, `${clip.id}-2`);
  if ((clip.type === 'video' || clip.type === 'audio') && (right.type === 'video' || right.type === 'audio')) {
    const rate = clip.playbackRate ?? 1;
    right.source = { ...clip.source, start: cleanSeconds((clip.source?.start ?? 0) + offset * rate) };
  }

  const withLeft = replaceClip(doc, ref, left);
  return addClip(withLeft, { trackIndex: ref.trackIndex, clip: right, index: ref.clipIndex + 1 });
}

function uniqueId(doc: EditorDoc, wanted: string): string {
  const taken = new Set<string>();
  for (const t of doc.tracks) for (const c of t.clips) if (c.id !== undefined) taken.add(c.id);
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}
