import { describe, expect, it } from 'vitest';
import { newVideoConfig, type Clip } from '../video';
import { newTextClip } from './clip-factories';
import { moveClip, trimClip } from './commands';
import { selectCanRedo, selectCanUndo, createEditorStore } from './store';
import type { EditorDoc } from './types';

function docWithClips(): EditorDoc {
  const doc = newVideoConfig();
  const clips: Clip[] = [
    { type: 'text', text: 'A', start: 0, duration: 2 },
    { type: 'rect', start: 3, duration: 2 },
  ];
  return { ...doc, tracks: [{ clips }, { clips: [] }] };
}

function setup(doc: EditorDoc = docWithClips()) {
  let clock = 0;
  const store = createEditorStore({ doc, title: 'T', now: () => clock });
  return {
    store,
    get: () => store.getState(),
    actions: store.getState().actions,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

describe('editor store', () => {
  it('inserts at the playhead on the selected track and selects the new clip', () => {
    const { get, actions } = setup();
    actions.select({ trackIndex: 1, clipIndex: 0 }); // nothing there → stays unselected
    expect(get().selection).toBeNull();
    actions.setPlayheadFrame(165); // 5.5 s at 30 fps
    const ref = actions.insertClip(newTextClip(get().doc.meta, 5.5));
    expect(ref).toEqual({ trackIndex: 0, clipIndex: 2 });
    expect(get().selection).toEqual(ref);
    expect(get().doc.tracks[0]?.clips[2]).toMatchObject({ type: 'text', text: 'Your text', start: 5.5, duration: 3 });
  });

  it('an insert whose spot is taken goes to a free track, then to a new one on top', () => {
    const { get, actions } = setup();
    expect(actions.insertClip(newTextClip(get().doc.meta, 1.5), { trackIndex: 0 })).toEqual({ trackIndex: 1, clipIndex: 0 });
    expect(actions.insertClip(newTextClip(get().doc.meta, 1.5), { trackIndex: 0 })).toEqual({ trackIndex: 2, clipIndex: 0 });
    expect(get().doc.tracks).toHaveLength(3);
    expect(get().doc.tracks[2]?.clips[0]).toMatchObject({ zIndex: 2 });
    actions.undo();
    expect(get().doc.tracks).toHaveLength(2);
  });

  it('adds a library file as a clip in one undo step and selects it', () => {
    const { get, actions } = setup();
    const media = { url: 'http://h/v.mp4', type: 'video' as const, duration: 3, width: 640, height: 360 };
    const ref = actions.addMediaClip({ media, start: 6, trackIndex: 0 });
    expect(ref).toEqual({ trackIndex: 0, clipIndex: 2 });
    expect(get().selection).toEqual(ref);
    expect(get().doc.tracks[0]?.clips[2]).toMatchObject({ type: 'video', src: media.url, start: 6, duration: 3 });
    actions.undo();
    expect(get().doc.tracks[0]?.clips).toHaveLength(2);
  });

  it('keeps paint order = track order: moving a track restacks its clips, the selection follows', () => {
    const { get, actions } = setup();
    actions.insertClip(newTextClip(get().doc.meta, 0), { trackIndex: 1 });
    expect(get().isLayeredByTrack).toBe(true);
    expect(get().doc.tracks[1]?.clips[0]?.zIndex).toBe(1);
    actions.moveTrack(1, 0);
    expect(get().selection).toEqual({ trackIndex: 0, clipIndex: 0 });
    expect(get().doc.tracks[0]?.clips[0]?.zIndex).toBeUndefined();
    expect(get().doc.tracks[1]?.clips.map((c) => c.zIndex)).toEqual([1, 1]);
  });

  it('leaves a document with its own zIndex plan alone', () => {
    const doc = docWithClips();
    doc.tracks[1] = { clips: [{ type: 'rect', start: 0, duration: 1, zIndex: -5 }] };
    const { get, actions } = setup(doc);
    expect(get().isLayeredByTrack).toBe(false);
    actions.moveClip({ ref: { trackIndex: 1, clipIndex: 0 }, start: 2 });
    expect(get().doc.tracks[1]?.clips[0]?.zIndex).toBe(-5);
  });

  it('undo/redo restore documents by reference; session state is not undone', () => {
    const { get, actions, tick } = setup();
    const original = get().doc;
    actions.moveClip({ ref: { trackIndex: 0, clipIndex: 1 }, start: 6 });
    const moved = get().doc;
    tick(5000);
    actions.setZoom(200);
    actions.setPlayheadFrame(10);
    actions.select({ trackIndex: 0, clipIndex: 0 });
    actions.undo();
    expect(get().doc).toBe(original);
    expect(get().zoom).toBe(200);
    expect(get().playheadFrame).toBe(10);
    expect(get().selection).toEqual({ trackIndex: 0, clipIndex: 0 });
    actions.redo();
    expect(get().doc).toBe(moved);
    expect(selectCanRedo(get())).toBe(false);
  });

  it('selection changes, zoom and playhead never create undo steps', () => {
    const { get, actions } = setup();
    actions.select({ trackIndex: 0, clipIndex: 1 });
    actions.setZoom(30);
    actions.setPlayheadFrame(99);
    actions.setPlaying(true);
    expect(selectCanUndo(get())).toBe(false);
  });

  it('a drag is one undo step, however many moves it previews', () => {
    const { get, actions } = setup();
    const original = get().doc;
    const ref = { trackIndex: 0, clipIndex: 1 };
    actions.select(ref);
    actions.beginGesture();
    for (let i = 1; i <= 30; i++) actions.previewGesture((base) => moveClip(base, { ref, start: 3 + i / 10 }));
    expect(get().doc.tracks[0]?.clips[1]?.start).toBe(6);
    expect(get().history.past).toHaveLength(0);
    actions.commitGesture();
    expect(get().history.past).toHaveLength(1);
    actions.undo();
    expect(get().doc).toBe(original);
  });

  it('a vertical drag to another track moves the selection with the clip', () => {
    const { get, actions } = setup();
    const ref = { trackIndex: 0, clipIndex: 0 };
    actions.select(ref);
    actions.beginGesture();
    actions.previewGesture((base) => moveClip(base, { ref, start: 1, trackIndex: 1 }), { trackIndex: 1, clipIndex: 0 });
    actions.commitGesture();
    expect(get().selection).toEqual({ trackIndex: 1, clipIndex: 0 });
    expect(get().doc.tracks[1]?.clips[0]).toMatchObject({ text: 'A', start: 1 });
  });

  it('cancelling a drag restores the document and adds no step', () => {
    const { get, actions } = setup();
    const original = get().doc;
    const ref = { trackIndex: 0, clipIndex: 0 };
    actions.beginGesture();
    actions.previewGesture((base) => trimClip(base, { ref, edge: 'end', time: 5 }));
    actions.cancelGesture();
    expect(get().doc).toBe(original);
    expect(selectCanUndo(get())).toBe(false);
  });

  it('coalesces typing in one field into one step, but not across fields or after blur', () => {
    const { get, actions, tick } = setup();
    const original = get().doc;
    const ref = { trackIndex: 0, clipIndex: 0 };
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      actions.updateClip(ref, { text }, { mergeKey: 'clip:0:0:text' });
      tick(150);
    }
    expect(get().history.past).toHaveLength(1);
    actions.updateClip(ref, { start: 1 }, { mergeKey: 'clip:0:0:start' });
    expect(get().history.past).toHaveLength(2);
    actions.sealHistory();
    actions.updateClip(ref, { start: 2 }, { mergeKey: 'clip:0:0:start' });
    expect(get().history.past).toHaveLength(3);
    actions.undo();
    actions.undo();
    expect(get().doc.tracks[0]?.clips[0]).toMatchObject({ text: 'Hello', start: 0 });
    actions.undo();
    expect(get().doc).toBe(original);
  });

  it('nudges by frames, merging repeated nudges', () => {
    const { get, actions, tick } = setup();
    actions.select({ trackIndex: 0, clipIndex: 1 });
    actions.nudgeSelected(1);
    tick(100);
    actions.nudgeSelected(1);
    tick(100);
    actions.nudgeSelected(30);
    expect(get().doc.tracks[0]?.clips[1]?.start).toBeCloseTo(3 + 2 / 30 + 1, 6);
    expect(get().history.past).toHaveLength(1);
  });

  it('splits the selected clip at the playhead', () => {
    const { get, actions } = setup();
    actions.select({ trackIndex: 0, clipIndex: 0 });
    actions.setPlayheadFrame(30);
    expect(actions.splitSelectedAtPlayhead()).toBe(true);
    expect(get().doc.tracks[0]?.clips.map((c) => [c.start, c.duration])).toEqual([
      [0, 1],
      [1, 1],
      [3, 2],
    ]);
    expect(get().selection).toEqual({ trackIndex: 0, clipIndex: 0 });
  });

  it('removing the selected clip clears the selection; removing an earlier one shifts it', () => {
    const { get, actions } = setup();
    actions.select({ trackIndex: 0, clipIndex: 1 });
    actions.removeClip({ trackIndex: 0, clipIndex: 0 });
    expect(get().selection).toEqual({ trackIndex: 0, clipIndex: 0 });
    actions.removeSelected();
    expect(get().selection).toBeNull();
    expect(get().doc.tracks[0]?.clips).toHaveLength(0);
  });

  it('drops a selection that no longer exists after undo', () => {
    const { get, actions } = setup();
    actions.insertClip(newTextClip(get().doc.meta, 0));
    expect(get().selection).not.toBeNull();
    actions.undo();
    expect(get().selection).toBeNull();
  });

  it('keeps the playhead time when the frame rate changes', () => {
    const { get, actions } = setup();
    actions.setPlayheadFrame(60); // 2 s at 30 fps
    actions.updateMeta({ fps: 60 });
    expect(get().playheadFrame).toBe(120);
  });

  it('title changes are not undoable', () => {
    const { get, actions } = setup();
    actions.setTitle('New title');
    expect(get().title).toBe('New title');
    expect(selectCanUndo(get())).toBe(false);
  });
});
