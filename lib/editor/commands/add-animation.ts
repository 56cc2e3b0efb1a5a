import type { Animation } from '../../video';
import { windowOf, type AnimationSlot } from '../animation-slot';
import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

/** Length of a new entry/exit animation, capped to the clip's window. */
const DEFAULT_SECONDS = 0.5;

/**
 * Adds an entry (fadeIn from the clip's start) or an exit (fadeOut ending at the clip's end). Audio
 * clips have no picture to animate: unchanged.
 */
export function addAnimation(doc: EditorDoc, { ref, slot }: { ref: ClipRef; slot: AnimationSlot }): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip || clip.type === 'audio') return doc;
  const window = windowOf(clip);
  const duration = cleanSeconds(Math.min(DEFAULT_SECONDS, window));
  const animation: Animation =
    slot === 'entry'
      ? { type: 'fadeIn', duration, easing: 'easeOutCubic' }
      : { type: 'fadeOut', duration, delay: cleanSeconds(Math.max(0, window - duration)), easing: 'easeInCubic' };
  return replaceClip(doc, ref, { ...clip, animations: [...(clip.animations ?? []), animation] });
}
