import { describe, expect, it } from 'vitest';
import { createEditorStore, selectCanUndo } from '../store';
import type { EditorDoc } from '../types';
import { CanvasTool } from './canvas-tool';

/** A 1000×500 canvas: a 200×100 rect centred at (300, 200) in px, a text at 75 % / 50 % (measured 100×40). */
function setup(zoom = 1) {
  const doc: EditorDoc = {
    meta: { version: '2.0.0', width: 1000, height: 500, fps: 10 },
    tracks: [
      { clips: [{ type: 'rect', start: 0, duration: 4, transform: { x: 300, y: 200, width: 200, height: 100 } }] },
      { clips: [{ type: 'text', text: 'Hi', start: 0, duration: 4, transform: { x: '75%', y: '50%' }, style: { fontSize: 40 } }] },
    ],
  };
  const store = createEditorStore({ doc });
  const tool = new CanvasTool(store, { measure: () => ({ width: 100, height: 40 }), pxPerUnit: () => zoom });
  const rect = () => store.getState().doc.tracks[0]?.clips[0];
  const text = () => store.getState().doc.tracks[1]?.clips[0];
  return { store, tool, rect, text };
}

describe('CanvasTool', () => {
  it('a click selects the topmost clip, a click on empty canvas deselects; neither edits', () => {
    const { store, tool } = setup();
    tool.pointerDown({ x: 310, y: 210 });
    tool.pointerUp();
    expect(store.getState().selection).toEqual({ trackIndex: 0, clipIndex: 0 });
    tool.pointerDown({ x: 900, y: 450 });
    tool.pointerUp();
    expect(store.getState().selection).toBeNull();
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('drags a clip in one undo step, snapping to the canvas centre unless Ctrl is held', () => {
    const { store, tool, rect } = setup();
    tool.pointerDown({ x: 300, y: 200 });
    tool.pointerMove({ x: 350, y: 260 });
    tool.pointerMove({ x: 402, y: 400 }, { ctrlKey: true });
    expect(rect()?.transform).toMatchObject({ x: 402, y: 400 });
    expect(tool.getView().guides).toEqual([]);
    tool.pointerMove({ x: 497, y: 400 });
    expect(tool.getView()).toEqual({ mode: 'move', guides: [{ axis: 'x', at: 500 }] });
    tool.pointerUp();
    expect(rect()?.transform).toMatchObject({ x: 500, y: 400 });
    expect(tool.getView().guides).toEqual([]);
    store.getState().actions.undo();
    expect(rect()?.transform).toMatchObject({ x: 300, y: 200 });
  });

  it('keeps a percentage position a percentage', () => {
    const { tool, text } = setup();
    tool.pointerDown({ x: 750, y: 250 });
    tool.pointerMove({ x: 650, y: 200 }, { metaKey: true });
    tool.pointerUp();
    expect(text()?.transform).toEqual({ x: '65%', y: '40%' });
  });

  it('resizes from a corner (opposite corner fixed), with Shift keeping the aspect and Alt from the centre', () => {
    const { tool, rect } = setup();
    tool.pointerDown({ x: 300, y: 200 });
    tool.pointerUp();
    tool.pointerDown({ x: 400, y: 250 }); // bottom-right handle
    tool.pointerMove({ x: 500, y: 270 });
    expect(rect()?.transform).toMatchObject({ width: 300, height: 120, x: 350, y: 210 });
    tool.pointerMove({ x: 500, y: 270 }, { shiftKey: true });
    expect(rect()?.transform).toMatchObject({ width: 300, height: 150, x: 350, y: 225 });
    tool.pointerMove({ x: 500, y: 270 }, { altKey: true });
    expect(rect()?.transform).toMatchObject({ width: 400, height: 140, x: 300, y: 200 });
    tool.pointerUp();
  });

  it('resizes from an edge along one axis only, and Escape cancels the whole gesture', () => {
    const { store, tool, rect } = setup();
    store.getState().actions.select({ trackIndex: 0, clipIndex: 0 });
    tool.pointerDown({ x: 200, y: 200 }); // left edge
    tool.pointerMove({ x: 150, y: 260 });
    expect(rect()?.transform).toMatchObject({ width: 250, height: 100, x: 275, y: 200 });
    tool.cancel();
    expect(rect()?.transform).toEqual({ x: 300, y: 200, width: 200, height: 100 });
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('scales a text by its font size from a corner', () => {
    const { store, tool, text } = setup();
    store.getState().actions.select({ trackIndex: 1, clipIndex: 0 });
    tool.pointerDown({ x: 800, y: 270 }); // bottom-right of the 100×40 box centred at (750, 250)
    tool.pointerMove({ x: 850, y: 290 });
    tool.pointerUp();
    // 1.5× from the top-left corner (700, 230): 150×60, centred at (775, 260).
    expect(text()?.style).toMatchObject({ fontSize: 60 });
    expect(text()?.transform).toEqual({ x: '77.5%', y: '52%' });
  });

  it('rotates with the rotation handle; Shift snaps to 15°', () => {
    const { store, tool, rect } = setup(0.5);
    store.getState().actions.select({ trackIndex: 0, clipIndex: 0 });
    tool.pointerDown({ x: 300, y: 150 - 56 }); // 28 screen px above the top edge at zoom 0.5
    tool.pointerMove({ x: 500, y: 200 });
    expect(rect()?.transform?.rotation).toBeCloseTo(90);
    tool.pointerMove({ x: 500, y: 180 }, { shiftKey: true });
    expect(rect()?.transform?.rotation).toBe(90);
    tool.pointerMove({ x: 500, y: 80 }, { shiftKey: true }); // 59°
    expect(rect()?.transform?.rotation).toBe(60);
    tool.pointerUp();
  });

  it('nudges the selected clip by pixels; a run of nudges is one undo step', () => {
    const { store, tool, rect } = setup();
    store.getState().actions.select({ trackIndex: 0, clipIndex: 0 });
    tool.nudge(1, 0);
    tool.nudge(10, 0);
    tool.nudge(0, -1);
    expect(rect()?.transform).toMatchObject({ x: 311, y: 199 });
    store.getState().actions.undo();
    expect(rect()?.transform).toMatchObject({ x: 300, y: 200 });
  });

  it('moving a clip with position keyframes sets the keyframe at the playhead', () => {
    const { store, tool, rect } = setup();
    const { actions } = store.getState();
    actions.apply((d) => ({
      ...d,
      tracks: d.tracks.map((t, i) => (i === 0 ? { clips: t.clips.map((c) => ({ ...c, keyframes: [{ property: 'x' as const, frames: [{ time: 0, value: 300 }] }] })) } : t)),
    }));
    actions.setPlayheadFrame(20);
    tool.pointerDown({ x: 300, y: 200 });
    tool.pointerMove({ x: 340, y: 200 }, { ctrlKey: true });
    tool.pointerUp();
    expect(rect()?.transform?.x).toBe(300);
    expect(rect()?.keyframes).toEqual([{ property: 'x', frames: [{ time: 0, value: 300 }, { time: 2, value: 340 }] }]);
  });
});
