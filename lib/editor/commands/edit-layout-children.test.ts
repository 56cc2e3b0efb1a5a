import { describe, expect, it } from 'vitest';
import type { LayoutClip } from '../../video';
import { sampleDoc } from '../testing/fixtures';
import type { EditorDoc } from '../types';
import { editLayoutChildren } from './edit-layout-children';
import { clipAt } from './set-clip-fields';

const layout: LayoutClip = { type: 'layout', start: 0, duration: 3, children: [{ type: 'text', text: 'A' }, { type: 'text', text: 'B' }] };
const doc = (): EditorDoc => ({ ...sampleDoc(), tracks: [{ clips: [layout] }] });
const ref = { trackIndex: 0, clipIndex: 0 };
const texts = (d: EditorDoc) => (clipAt(d, ref) as LayoutClip).children.map((c) => (c.type === 'text' ? c.text : c.type));

describe('editLayoutChildren', () => {
  it('adds at the end or at an index', () => {
    expect(texts(editLayoutChildren(doc(), { ref, edit: { kind: 'add', child: { type: 'rect' } } }))).toEqual(['A', 'B', 'rect']);
    expect(texts(editLayoutChildren(doc(), { ref, edit: { kind: 'add', child: { type: 'rect' }, at: 0 } }))).toEqual(['rect', 'A', 'B']);
  });

  it('removes and reorders', () => {
    expect(texts(editLayoutChildren(doc(), { ref, edit: { kind: 'remove', index: 0 } }))).toEqual(['B']);
    expect(texts(editLayoutChildren(doc(), { ref, edit: { kind: 'move', from: 0, to: 1 } }))).toEqual(['B', 'A']);
  });

  it('leaves the document alone for a move out of range or a clip that is not a layout', () => {
    const d = doc();
    expect(editLayoutChildren(d, { ref, edit: { kind: 'move', from: 1, to: 2 } })).toBe(d);
    expect(editLayoutChildren(d, { ref, edit: { kind: 'remove', index: 9 } })).toBe(d);
    const plain = sampleDoc();
    expect(editLayoutChildren(plain, { ref, edit: { kind: 'remove', index: 0 } })).toBe(plain);
  });
});
