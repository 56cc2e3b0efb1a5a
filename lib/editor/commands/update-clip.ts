import type { Animation, AnyClip, Clip, Style, Transform, Transition } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

/**
 * Field changes for one clip. `transform` and `style` are merged key by key; a key set to
 * `undefined` is removed (so clearing a field does not leave `"x": null` behind).
 */
export interface ClipPatch {
  text?: string;
  start?: number;
  duration?: number;
  zIndex?: number | undefined;
  opacity?: number | undefined;
  transform?: Partial<Record<keyof Transform, Transform[keyof Transform] | undefined>>;
  style?: Partial<Record<string, Style[string] | undefined>>;
  /** Replaces the whole transition (undefined removes it). */
  transition?: Transition | undefined;
  /** Replaces the whole animation list (undefined or [] removes it). */
  animations?: Animation[] | undefined;
  /** video and audio */
  volume?: number | undefined;
  muted?: boolean | undefined;
  playbackRate?: number | undefined;
  /** video and audio: `source.start`/`source.end`, merged key by key. */
  source?: { start?: number | undefined; end?: number | undefined };
  /** audio */
  loop?: boolean | undefined;
  fadeIn?: number | undefined;
  fadeOut?: number | undefined;
  /** polygon */
  sides?: number | undefined;
  /** code, icon, line, path, three: their own fields, set key by key (undefined removes one). */
  fields?: Record<string, unknown>;
}

/** Which type-specific keys each clip type takes; others are ignored (like `text` on a rect). */
const mediaKeys = ['volume', 'muted', 'playbackRate'] as const;
const typeKeys: Partial<Record<Clip['type'], readonly (keyof ClipPatch)[]>> = {
  video: mediaKeys,
  audio: [...mediaKeys, 'loop', 'fadeIn', 'fadeOut'],
  polygon: ['sides'],
};

function merge<T extends object>(base: T | undefined, patch: object): T | undefined {
  const out: Record<string, unknown> = { ...(base ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : (out as T);
}

function sameShallow(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Sets fields of one clip; `text` only applies to text clips. Returns `doc` itself when nothing changes. */
export function updateClip(doc: EditorDoc, { ref, patch }: { ref: ClipRef; patch: ClipPatch }): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const next = patchClip(clip, patch);
  return next === clip ? doc : replaceClip(doc, ref, next);
}

/** `patch` applied to one clip (top-level or a layout child); the clip itself when nothing changes. */
export function patchClip<C extends AnyClip>(clip: C, patch: ClipPatch): C {
  const next: Record<string, unknown> = { ...clip };
  let changed = false;
  const set = (key: string, value: unknown) => {
    if (next[key] === value) return;
    changed = true;
    if (value === undefined) delete next[key];
    else next[key] = value;
  };

  if (patch.text !== undefined && clip.type === 'text') set('text', patch.text);
  if (patch.start !== undefined) set('start', patch.start);
  if (patch.duration !== undefined) set('duration', patch.duration);
  if ('zIndex' in patch) set('zIndex', patch.zIndex);
  if ('opacity' in patch) set('opacity', patch.opacity);
  if (patch.transform) {
    const merged = merge<Transform>(clip.transform, patch.transform);
    if (!sameShallow(merged, clip.transform)) set('transform', merged);
  }
  for (const key of typeKeys[clip.type] ?? []) {
    if (key in patch) set(key, patch[key]);
  }
  if (patch.source && (clip.type === 'video' || clip.type === 'audio')) {
    const merged = merge<NonNullable<typeof clip.source>>(clip.source, patch.source);
    if (!sameShallow(merged, clip.source)) set('source', merged);
  }
  if (patch.fields && ['code', 'icon', 'line', 'path', 'three'].includes(clip.type)) {
    for (const [key, value] of Object.entries(patch.fields)) if (key !== 'type') set(key, value);
  }
  if ('transition' in patch) set('transition', patch.transition);
  if ('animations' in patch) set('animations', patch.animations && patch.animations.length > 0 ? patch.animations : undefined);
  if (patch.style) {
    const merged = merge<Style>(clip.style, patch.style);
    if (!sameShallow(merged, clip.style)) set('style', merged);
  }
  return changed ? (next as C) : clip;
}
