import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store';
import type { EditorDoc } from '../types';
import { createTrimTool } from './trim-tool';

const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: [{ clips: [{ type: 'video', src: 'https://example.com/v.mp4', start: 1, duration: 2, source: { start: 1 } }, { type: 'rect', start: 5, duration: 1 }] }],
});
const ref = { trackIndex: 0, clipIndex: 0 };

describe('trim tool', () => {
  it('the end edge stops where the source ends; one undo step', () => {
    const store = createEditorStore({ doc: doc(), zoom: 100 });
    const tool = createTrimTool({ store, ref, edge: 'end', origin: { time: 3, trackIndex: 0 }, isSnapping: false, sourceDuration: 4 });
    tool.move({ time: 9, trackIndex: 0 });
    tool.commit();
    expect(store.getState().doc.tracks[0]?.clips[0]?.duration).toBe(3);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('the start edge stops at the source start and snaps to clip edges', () => {
    const store = createEditorStore({ doc: doc(), zoom: 100 });
    const tool = createTrimTool({ store, ref, edge: 'start', origin: { time: 1, trackIndex: 0 }, isSnapping: true });
    tool.move({ time: -5, trackIndex: 0 });
    expect(store.getState().doc.tracks[0]?.clips[0]).toMatchObject({ start: 0, duration: 3, source: { start: 0 } });
    tool.cancel();
    expect(store.getState().doc).toEqual(doc());
  });
});
