import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store';
import { sampleDoc } from '../testing/fixtures';
import { pressClip } from './press-clip';

const r = (trackIndex: number, clipIndex: number) => ({ trackIndex, clipIndex });

describe('pressClip', () => {
  it('a press inside a multi-selection keeps it for dragging; the click then narrows it', () => {
    const store = createEditorStore({ doc: sampleDoc() });
    store.getState().actions.selectAll();
    const press = pressClip(store, r(0, 1));
    expect(press.canDrag).toBe(true);
    expect(store.getState().selectedRefs).toHaveLength(3);
    expect(store.getState().selection).toEqual(r(0, 1));
    press.click();
    expect(store.getState().selectedRefs).toEqual([r(0, 1)]);
  });

  it('Ctrl/⌘ toggles (no drag once taken out), Shift selects a range', () => {
    const store = createEditorStore({ doc: sampleDoc() });
    pressClip(store, r(0, 0));
    expect(pressClip(store, r(1, 0), { modKey: true }).canDrag).toBe(true);
    expect(pressClip(store, r(1, 0), { modKey: true }).canDrag).toBe(false);
    expect(store.getState().selectedRefs).toEqual([r(0, 0)]);
    pressClip(store, r(0, 1), { shiftKey: true });
    expect(store.getState().selectedRefs).toEqual([r(0, 0), r(0, 1)]);
  });
});
