import type { LayoutChild } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { clipAt, setClipFields } from './set-clip-fields';

export type LayoutChildrenEdit =
  | { kind: 'add'; child: LayoutChild; at?: number }
  | { kind: 'remove'; index: number }
  | { kind: 'move'; from: number; to: number };

export interface EditLayoutChildrenArgs {
  ref: ClipRef;
  /** The layout inside layouts (indices into `children`); empty: the layout at `ref`. */
  path?: readonly number[];
  edit: LayoutChildrenEdit;
}

/** Adds (at the end, or at `at`), removes or reorders a layout's children. `doc` itself when nothing applies. */
export function editLayoutChildren(doc: EditorDoc, { ref, path = [], edit }: EditLayoutChildrenArgs): EditorDoc {
  const layout = clipAt(doc, ref, path);
  if (layout?.type !== 'layout') return doc;
  const children = layout.children.slice();
  if (edit.kind === 'add') {
    const at = Math.min(Math.max(0, edit.at ?? children.length), children.length);
    children.splice(at, 0, edit.child);
  } else if (edit.kind === 'remove') {
    if (!children[edit.index]) return doc;
    children.splice(edit.index, 1);
  } else {
    const moved = children[edit.from];
    if (!moved || edit.to < 0 || edit.to >= children.length || edit.to === edit.from) return doc;
    children.splice(edit.from, 1);
    children.splice(edit.to, 0, moved);
  }
  return setClipFields(doc, { ref, path, fields: { children } });
}
