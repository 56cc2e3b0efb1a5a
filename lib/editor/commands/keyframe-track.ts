import type { Clip, EasingName, Keyframe } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

/** Shared by the keyframe commands: one track (per property) of a clip's `keyframes` (spec §8.2). */
export type KeyframeProperty = Keyframe['property'];
export interface KeyframePoint {
  time: number;
  value: number | string | [number, number];
  easing?: EasingName;
}

/** Times closer than this are the same keyframe time (seconds). */
const EPSILON = 1e-6;
export const isSameTime = (a: number, b: number) => Math.abs(a - b) < EPSILON;

/** The clip's frames for `property` (not copied), or undefined when the property has no track. */
export function keyframeFrames(clip: Clip | undefined, property: KeyframeProperty): readonly KeyframePoint[] | undefined {
  return clip?.keyframes?.find((k) => k.property === property)?.frames as readonly KeyframePoint[] | undefined;
}

/** A keyframe time clamped to the clip (0 … duration), to microseconds. */
export function clampKeyframeTime(clip: Clip, time: number): number {
  const t = Math.min(Math.max(0, Number.isFinite(time) ? time : 0), clip.duration);
  return Math.round(t * 1e6) / 1e6;
}

/**
 * Replaces one property's frames with `update(frames)`, sorted by time; an empty result removes the
 * track, and a clip without tracks loses its `keyframes` key. Returns `doc` when nothing changes.
 */
export function updateKeyframeTrack(
  doc: EditorDoc,
  ref: ClipRef,
  property: KeyframeProperty,
  update: (frames: readonly KeyframePoint[], clip: Clip) => readonly KeyframePoint[],
): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const tracks = clip.keyframes ?? [];
  const index = tracks.findIndex((k) => k.property === property);
  const before = (tracks[index]?.frames ?? []) as readonly KeyframePoint[];
  const after = update(before, clip);
  if (after === before) return doc;
  const sorted = [...after].sort((a, b) => a.time - b.time);
  const track = { property, frames: sorted } as Keyframe;
  const nextTracks =
    sorted.length === 0 ? tracks.filter((_, i) => i !== index) : index < 0 ? [...tracks, track] : tracks.map((k, i) => (i === index ? track : k));
  const next: Clip = { ...clip, keyframes: nextTracks };
  if (nextTracks.length === 0) delete (next as { keyframes?: unknown }).keyframes;
  return replaceClip(doc, ref, next);
}
