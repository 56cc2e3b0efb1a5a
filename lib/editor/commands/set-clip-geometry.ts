import type { ClipRef, EditorDoc } from '../types';
import { addKeyframe } from './add-keyframe';
import { keyframeFrames, type KeyframeProperty } from './keyframe-track';
import { lengthLike, round } from './length-unit';
import { updateClip, type ClipPatch } from './update-clip';

/** Canvas values in pixels and degrees (what a canvas gesture measures). */
export interface ClipGeometry {
  /** Where the anchor point sits. */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  rotation?: number;
  /** Text clips: resizing a text scales its font. */
  fontSize?: number;
}

export interface SetClipGeometryArgs {
  ref: ClipRef;
  values: ClipGeometry;
  /** Clip time (seconds from its start) of the playhead: where a keyframed property is set. */
  time: number;
}

/**
 * Writes canvas geometry into a clip as the inspector would. Each length keeps the unit the clip
 * uses for it (`lengthLike`). A property that has keyframes is set by a keyframe at `time` (added,
 * or the one there changed), so the edit shows at the playhead and the animation stays; one without
 * keyframes changes the clip's own value (docs/editor.md "Canvas").
 */
export function setClipGeometry(doc: EditorDoc, { ref, values, time }: SetClipGeometryArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const { width: canvasWidth, height: canvasHeight } = doc.meta;
  const transform: NonNullable<ClipPatch['transform']> = {};
  const keyed: { property: KeyframeProperty; value: number | string }[] = [];
  const lengths = [
    ['x', canvasWidth, 'percent'],
    ['y', canvasHeight, 'percent'],
    ['width', canvasWidth, 'px'],
    ['height', canvasHeight, 'px'],
  ] as const;
  for (const [property, reference, omitted] of lengths) {
    const px = values[property];
    if (px === undefined || !Number.isFinite(px)) continue;
    const frames = keyframeFrames(clip, property);
    if (frames) keyed.push({ property, value: lengthLike(px, frames[0]?.value as number | string, reference) });
    else transform[property] = lengthLike(px, clip.transform?.[property], reference, omitted);
  }
  if (values.rotation !== undefined && Number.isFinite(values.rotation)) {
    const rotation = round(values.rotation, 2);
    if (keyframeFrames(clip, 'rotation')) keyed.push({ property: 'rotation', value: rotation });
    else transform.rotation = rotation === 0 && clip.transform?.rotation === undefined ? undefined : rotation;
  }
  const patch: ClipPatch = Object.keys(transform).length > 0 ? { transform } : {};
  if (values.fontSize !== undefined && clip.type === 'text' && Number.isFinite(values.fontSize)) {
    const fontSize = Math.max(1, round(values.fontSize, 1));
    if (keyframeFrames(clip, 'fontSize')) keyed.push({ property: 'fontSize', value: fontSize });
    else patch.style = { fontSize };
  }
  let next = updateClip(doc, { ref, patch });
  for (const { property, value } of keyed) next = addKeyframe(next, { ref, property, time, value });
  return next;
}
