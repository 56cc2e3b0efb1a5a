import type { Animation, AnimationType, Direction, Easing } from '../../video';
import { endsAtClipEnd } from '../animation-slot';
import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

type Length = number | string;
/** Fields a person sets on one animation; `undefined` removes an optional key. */
export interface AnimationPatch {
  type?: AnimationType;
  duration?: number;
  delay?: number | undefined;
  easing?: Easing | undefined;
  direction?: Direction | undefined;
  distance?: number | undefined;
  from?: number | { x?: Length; y?: Length } | undefined;
  to?: number | { x?: Length; y?: Length } | undefined;
  /** `true`: repeat until the clip ends; a number: that many cycles; undefined: once. */
  loop?: boolean | number | undefined;
}

/** The type-specific keys each animation type accepts (the schema is strict about the rest). */
const extraKeys: Record<AnimationType, readonly (keyof AnimationPatch)[]> = {
  fadeIn: [], fadeOut: [], zoomIn: [], zoomOut: [],
  slideIn: ['direction', 'distance'], slideOut: ['direction', 'distance'],
  move: ['from', 'to'], scale: ['from', 'to'], rotate: ['from', 'to'],
};
const commonKeys = ['duration', 'delay', 'easing', 'loop'] as const;

/**
 * Edits `animations[index]`. Changing the type keeps timing and easing and drops the fields the new
 * type does not take (a slide's `direction` on a fade would be invalid), including `from`/`to`
 * whenever the value kind changes (a move's `{x, y}` is not a rotate's degrees). An animation that
 * ended at the clip's end (an exit) keeps ending there when its duration changes.
 */
export function updateAnimation(doc: EditorDoc, { ref, index, patch }: { ref: ClipRef; index: number; patch: AnimationPatch }): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  const current = clip?.animations?.[index];
  if (!clip || !current) return doc;
  const type = patch.type ?? current.type;
  const next: Record<string, unknown> = { type };
  const allowed = new Set<string>([...commonKeys, ...extraKeys[type]]);
  const isSameKind = type === current.type;
  for (const [key, value] of Object.entries(current)) {
    if (key === 'type' || !allowed.has(key)) continue;
    if (!isSameKind && (key === 'from' || key === 'to')) continue;
    next[key] = value;
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'type' || !allowed.has(key)) continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (patch.duration !== undefined && patch.delay === undefined && (current.delay ?? 0) > 0 && endsAtClipEnd(current, clip)) {
    next.delay = cleanSeconds(Math.max(0, (current.delay ?? 0) + current.duration - patch.duration));
  }
  const animation = next as Animation;
  if (JSON.stringify(animation) === JSON.stringify(current)) return doc;
  const animations = (clip.animations ?? []).slice();
  animations[index] = animation;
  return replaceClip(doc, ref, { ...clip, animations });
}
