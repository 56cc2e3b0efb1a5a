import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store';
import type { EditorDoc } from '../types';
import { createMoveTool } from './move-tool';

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: [{ clips: [rect(0, 2), rect(4, 2)] }, { clips: [rect(10, 1)] }, { clips: [] }],
});
const r = (trackIndex: number, clipIndex: number) => ({ trackIndex, clipIndex });

describe('move tool', () => {
  it('drags the selection across tracks as one undo step (pointer down, move, up)', () => {
    const store = createEditorStore({ doc: doc(), zoom: 100 });
    const { actions } = store.getState();
    actions.selectRefs([r(0, 0), r(0, 1)], r(0, 1));
    const tool = createMoveTool({ store, ref: r(0, 1), origin: { time: 5, trackIndex: 0 }, isSnapping: false });
    tool.move({ time: 5.5, trackIndex: 1 });
    tool.move({ time: 6.01, trackIndex: 2 });
    tool.commit();
    const { doc: d, history, selectedRefs, selection } = store.getState();
    expect(d.tracks[0]?.clips).toHaveLength(0);
    expect(d.tracks[2]?.clips.map((c) => c.start)).toEqual([1, 5]);
    expect(selectedRefs).toEqual([r(2, 0), r(2, 1)]);
    expect(selection).toEqual(r(2, 1));
    expect(history.past).toHaveLength(1);
  });

  it('snaps any edge of the group within 8 px, except with Alt', () => {
    const store = createEditorStore({ doc: doc(), zoom: 100 });
    store.getState().actions.select(r(0, 1));
    const tool = createMoveTool({ store, ref: r(0, 1), origin: { time: 5, trackIndex: 0 }, isSnapping: true });
    tool.move({ time: 9.95, trackIndex: 0 }); // end 6 → 10.95: snaps to 11 (the clip on track 1 ends there)
    expect(tool.snapTime).toBe(11);
    expect(store.getState().doc.tracks[0]?.clips[1]?.start).toBe(9);
    tool.move({ time: 9.95, trackIndex: 0 }, { altKey: true });
    expect(tool.snapTime).toBeNull();
    expect(store.getState().doc.tracks[0]?.clips[1]?.start).toBeCloseTo(8.966667, 5);
    tool.cancel();
    expect(store.getState().doc.tracks[0]?.clips[1]?.start).toBe(4);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('never lands on a locked track', () => {
    const locked = doc();
    locked.tracks[1] = { ...locked.tracks[1]!, locked: true };
    const store = createEditorStore({ doc: locked, zoom: 100 });
    store.getState().actions.select(r(0, 0));
    const tool = createMoveTool({ store, ref: r(0, 0), origin: { time: 1, trackIndex: 0 }, isSnapping: false });
    tool.move({ time: 1, trackIndex: 1 });
    tool.commit();
    expect(store.getState().doc.tracks[1]?.clips).toHaveLength(1);
    expect(store.getState().doc.tracks[0]?.clips).toHaveLength(2);
  });
});
