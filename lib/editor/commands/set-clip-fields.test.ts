import { describe, expect, it } from 'vitest';
import type { LayoutClip } from '../../video';
import { sampleDoc } from '../testing/fixtures';
import type { EditorDoc } from '../types';
import { clipAt, setClipFields } from './set-clip-fields';

const layout: LayoutClip = {
  type: 'layout', start: 0, duration: 3, direction: 'horizontal',
  children: [
    { type: 'text', text: 'A' },
    { type: 'layout', children: [{ type: 'rect', style: { fill: '#f00' } }] },
  ],
};
const withLayout = (): EditorDoc => {
  const doc = sampleDoc();
  return { ...doc, tracks: [...doc.tracks, { clips: [layout] }] };
};
const ref = { trackIndex: 2, clipIndex: 0 };

describe('setClipFields', () => {
  it('sets and removes own fields by name, never the type', () => {
    const next = setClipFields(withLayout(), { ref, fields: { gap: 12, direction: undefined, type: 'rect' } });
    expect(next.tracks[2]?.clips[0]).toMatchObject({ type: 'layout', gap: 12 });
    expect(next.tracks[2]?.clips[0]).not.toHaveProperty('direction');
  });

  it('edits a nested layout child with a shared-field patch, sharing the untouched parts', () => {
    const doc = withLayout();
    const next = setClipFields(doc, { ref, path: [1, 0], patch: { style: { stroke: '#000' } } });
    expect(clipAt(next, ref, [1, 0])).toEqual({ type: 'rect', style: { fill: '#f00', stroke: '#000' } });
    expect(clipAt(next, ref, [0])).toBe(clipAt(doc, ref, [0]));
    expect(next.tracks[0]).toBe(doc.tracks[0]);
  });

  it('returns the document itself when nothing changes or the path leads nowhere', () => {
    const doc = withLayout();
    expect(setClipFields(doc, { ref, fields: { direction: 'horizontal' } })).toBe(doc);
    expect(setClipFields(doc, { ref, path: [5], fields: { gap: 1 } })).toBe(doc);
    expect(setClipFields(doc, { ref: { trackIndex: 0, clipIndex: 0 }, path: [0], fields: { gap: 1 } })).toBe(doc);
  });
});
