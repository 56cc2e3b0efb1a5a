import { effectiveDuration, type Animation, type AnimationType, type Clip } from '../video';

/**
 * Entry or exit: how the inspector labels an animation. The v2 format has one flat list where every
 * animation's `delay` counts from the clip's start; an exit is one of the "…Out" presets, or any
 * animation that ends exactly at the clip's end after a delay (within half a millisecond).
 */
export type AnimationSlot = 'entry' | 'exit';

const exitTypes: readonly AnimationType[] = ['fadeOut', 'zoomOut', 'slideOut'];

export function animationSlot(animation: Animation, clip: Pick<Clip, 'duration'> & Partial<Clip>): AnimationSlot {
  if (exitTypes.includes(animation.type)) return 'exit';
  const delay = animation.delay ?? 0;
  const end = delay + animation.duration;
  return delay > 0 && Math.abs(end - windowOf(clip)) < 5e-4 ? 'exit' : 'entry';
}

/** The clip's window in seconds (trimmed media may end before `duration`). */
export function windowOf(clip: Pick<Clip, 'duration'> & Partial<Clip>): number {
  return 'type' in clip && clip.type !== undefined ? effectiveDuration(clip as Clip) : clip.duration;
}

/** Whether the animation ends at the clip's end (an exit keeps ending there when its length changes). */
export function endsAtClipEnd(animation: Animation, clip: Clip): boolean {
  return Math.abs((animation.delay ?? 0) + animation.duration - windowOf(clip)) < 5e-4;
}
