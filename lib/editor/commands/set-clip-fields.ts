import type { AnyClip, Clip, LayoutChild } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';
import { patchClip, type ClipPatch } from './update-clip';

export interface SetClipFieldsArgs {
  ref: ClipRef;
  /** Indices into `children`, one per nested layout, for a clip inside a layout; empty: the clip at `ref`. */
  path?: readonly number[];
  /**
   * The clip's own fields by name, the ones `ClipPatch` does not name (a layout's `direction`, a
   * subtitle's `words` and `config`, an svg's markup, a circle's angles…). `undefined` removes one.
   * `type` is never changed.
   */
  fields?: Record<string, unknown>;
  /** Shared fields, merged as `updateClip` merges them. */
  patch?: ClipPatch;
}

function withFields<C extends AnyClip>(clip: C, fields: Record<string, unknown>): C {
  let next: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'type' || (clip as Record<string, unknown>)[key] === value) continue;
    next ??= { ...clip };
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return (next as C | null) ?? clip;
}

/** The clip at `path` below `clip` with `edit` applied, rebuilt up the chain; `clip` itself when nothing changes. */
function editAt<C extends AnyClip>(clip: C, path: readonly number[], edit: (target: AnyClip) => AnyClip): C {
  if (path.length === 0) return edit(clip) as C;
  if (clip.type !== 'layout') return clip;
  const [index, ...rest] = path as [number, ...number[]];
  const child = clip.children[index];
  if (!child) return clip;
  const next = editAt(child, rest, edit) as LayoutChild;
  if (next === child) return clip;
  const children = clip.children.slice();
  children[index] = next;
  return { ...clip, children };
}

/**
 * Sets fields of a clip, top-level or inside a layout (`path`): its own fields by name and the shared
 * ones through `patch`. Returns `doc` itself when nothing changes. Whether the result is a valid
 * config is for the store's check (check-edit) to say, like every edit.
 */
export function setClipFields(doc: EditorDoc, { ref, path = [], fields, patch }: SetClipFieldsArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip) return doc;
  const next = editAt(clip, path, (target) => {
    const patched = patch ? patchClip(target, patch) : target;
    return fields ? withFields(patched, fields) : patched;
  });
  return next === clip ? doc : replaceClip(doc, ref, next as Clip);
}

/** The clip at `ref` and `path`, or undefined. */
export function clipAt(doc: EditorDoc, ref: ClipRef, path: readonly number[] = []): AnyClip | undefined {
  let clip: AnyClip | undefined = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  for (const index of path) clip = clip?.type === 'layout' ? clip.children[index] : undefined;
  return clip;
}
