import { describe, expect, it } from 'vitest';
import { createEditorStore, selectCanUndo } from '../store';
import type { EditorDoc } from '../types';
import { KeyframeDrag, keyframeTimes } from './keyframe-drag';

const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 10 },
  tracks: [
    {
      clips: [
        {
          type: 'rect', start: 2, duration: 4,
          keyframes: [
            { property: 'x', frames: [{ time: 0, value: 0 }, { time: 1, value: 100, easing: 'easeOutBack' }] },
            { property: 'opacity', frames: [{ time: 1, value: 1 }] },
          ],
        },
      ],
    },
  ],
});
const ref = { trackIndex: 0, clipIndex: 0 };

describe('KeyframeDrag', () => {
  it('lists one time per diamond', () => {
    expect(keyframeTimes(doc().tracks[0]!.clips[0]!)).toEqual([0, 1]);
  });

  it('retimes the keyframes at a time to the frame under the pointer, as one undo step', () => {
    const store = createEditorStore({ doc: doc() });
    const drag = new KeyframeDrag(store, { ref, time: 1, zoom: 100, startX: 500 });
    drag.move(540);
    drag.move(633); // +1.33 s → frame 23 → 2.3 s
    drag.up();
    const clip = store.getState().doc.tracks[0]?.clips[0];
    expect(clip?.keyframes).toEqual([
      { property: 'x', frames: [{ time: 0, value: 0 }, { time: 2.3, value: 100, easing: 'easeOutBack' }] },
      { property: 'opacity', frames: [{ time: 2.3, value: 1 }] },
    ]);
    store.getState().actions.undo();
    expect(store.getState().doc.tracks[0]?.clips[0]?.keyframes?.[1]?.frames).toEqual([{ time: 1, value: 1 }]);
  });

  it('a click moves the playhead to the keyframe and selects the clip, without an undo step', () => {
    const store = createEditorStore({ doc: doc() });
    const drag = new KeyframeDrag(store, { ref, time: 1, zoom: 100, startX: 500 });
    drag.move(501);
    drag.up();
    expect(store.getState().playheadFrame).toBe(30);
    expect(store.getState().selection).toEqual(ref);
    expect(selectCanUndo(store.getState())).toBe(false);
  });
});
