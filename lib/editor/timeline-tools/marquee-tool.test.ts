import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store';
import type { EditorDoc } from '../types';
import { createMarqueeTool } from './marquee-tool';

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: [{ clips: [rect(0, 1), rect(2, 1), rect(6, 1)] }, { clips: [rect(2.5, 1)] }],
});
const r = (trackIndex: number, clipIndex: number) => ({ trackIndex, clipIndex });

describe('marquee tool', () => {
  it('selects what the box touches while it is drawn, without touching the document', () => {
    const store = createEditorStore({ doc: doc() });
    const before = store.getState().doc;
    const tool = createMarqueeTool({ store, origin: { time: 1.5, trackIndex: 0 }, isAdditive: false });
    tool.move({ time: 3, trackIndex: 0 });
    expect(store.getState().selectedRefs).toEqual([r(0, 1)]);
    tool.move({ time: 3, trackIndex: 1 });
    expect(store.getState().selectedRefs).toEqual([r(0, 1), r(1, 0)]);
    expect(tool.box).toEqual({ from: 1.5, to: 3, lowTrack: 0, highTrack: 1 });
    tool.commit();
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('adds to the selection with Shift/Ctrl, and Escape restores it', () => {
    const store = createEditorStore({ doc: doc() });
    store.getState().actions.select(r(0, 2));
    const tool = createMarqueeTool({ store, origin: { time: -1, trackIndex: 0 }, isAdditive: true });
    tool.move({ time: 0.5, trackIndex: 0 });
    expect(store.getState().selectedRefs).toEqual([r(0, 2), r(0, 0)]);
    expect(store.getState().selection).toEqual(r(0, 2));
    tool.cancel();
    expect(store.getState().selectedRefs).toEqual([r(0, 2)]);
  });
});
