import { describe, expect, it } from 'vitest';
import { createEditorStore } from './store';
import type { EditorDoc } from './types';

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: [{ clips: [rect(0, 2), rect(3, 2), rect(8, 1)] }, { clips: [rect(1, 3)] }],
});
const setup = () => {
  const store = createEditorStore({ doc: doc() });
  return { get: store.getState, actions: store.getState().actions };
};
const r = (trackIndex: number, clipIndex: number) => ({ trackIndex, clipIndex });

describe('editor store: multi-selection', () => {
  it('toggle, range and select all keep the primary inside the selection', () => {
    const { get, actions } = setup();
    actions.select(r(0, 0));
    actions.toggleSelect(r(1, 0));
    expect(get().selection).toEqual(r(1, 0));
    expect(get().selectedRefs).toEqual([r(0, 0), r(1, 0)]);
    actions.toggleSelect(r(1, 0));
    expect(get().selectedRefs).toEqual([r(0, 0)]);
    expect(get().selection).toEqual(r(0, 0));
    actions.selectRange(r(0, 1));
    expect(get().selectedRefs).toEqual([r(0, 0), r(0, 1)]);
    actions.selectAll();
    expect(get().selectedRefs).toHaveLength(4);
    actions.select(null);
    expect(get()).toMatchObject({ selection: null, selectedRefs: [] });
  });

  it('deleting, duplicating and nudging act on the whole selection as one undo step each', () => {
    const { get, actions } = setup();
    actions.selectRefs([r(0, 0), r(0, 2)]);
    actions.nudgeSelected(30);
    expect(get().doc.tracks[0]?.clips.map((c) => c.start)).toEqual([1, 3, 9]);
    actions.duplicateSelected();
    expect(get().doc.tracks[0]?.clips).toHaveLength(5);
    expect(get().selectedRefs).toEqual([r(0, 3), r(0, 4)]);
    actions.removeSelected();
    expect(get().doc.tracks[0]?.clips).toHaveLength(3);
    expect(get().history.past).toHaveLength(3);
    actions.undo();
    expect(get().selectedRefs).toEqual([r(0, 3), r(0, 4)]);
  });

  it('the selection follows clips through a track move, a deletion elsewhere and an undo of a drag', () => {
    const { get, actions } = setup();
    actions.selectRefs([r(0, 2), r(1, 0)], r(0, 2));
    actions.moveTrack(0, 1);
    expect(get().selectedRefs).toEqual([r(1, 2), r(0, 0)]);
    actions.removeClip(r(1, 0));
    expect(get().selectedRefs).toEqual([r(1, 1), r(0, 0)]);
    expect(get().selection).toEqual(r(1, 1));
    actions.undo();
    expect(get().selectedRefs).toEqual([r(1, 2), r(0, 0)]);
  });

  it('copy, cut and paste at the playhead select the pasted clips; ripple delete closes the gap', () => {
    const { get, actions } = setup();
    actions.select(r(0, 1));
    expect(actions.cutSelection()).not.toBeNull();
    expect(get().doc.tracks[0]?.clips).toHaveLength(2);
    actions.setPlayheadFrame(300);
    actions.select(r(0, 0));
    expect(actions.paste()).toBe(true);
    expect(get().doc.tracks[0]?.clips[2]).toMatchObject({ start: 10, duration: 2 });
    expect(get().selectedRefs).toEqual([r(0, 2)]);
    actions.select(r(0, 0));
    actions.rippleDeleteSelected();
    expect(get().doc.tracks[0]?.clips.map((c) => c.start)).toEqual([6, 8]);
  });

  it('a locked track’s clips cannot be selected, and new clips avoid it', () => {
    const { get, actions } = setup();
    actions.selectRefs([r(0, 0), r(1, 0)]);
    actions.updateTrack(1, { locked: true });
    expect(get().selectedRefs).toEqual([r(0, 0)]);
    actions.select(r(1, 0));
    expect(get().selectedRefs).toEqual([]);
    actions.selectAll();
    expect(get().selectedRefs).toHaveLength(3);
  });
});
