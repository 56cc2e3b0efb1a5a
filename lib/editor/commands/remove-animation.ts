import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

/** Removes `animations[index]`; the key goes away with the last one. */
export function removeAnimation(doc: EditorDoc, { ref, index }: { ref: ClipRef; index: number }): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip?.animations?.[index]) return doc;
  const animations = clip.animations.filter((_, i) => i !== index);
  const next = { ...clip, animations };
  if (animations.length === 0) delete (next as { animations?: unknown }).animations;
  return replaceClip(doc, ref, next);
}
