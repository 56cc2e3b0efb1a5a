import { describe, expect, it } from 'vitest';
import { newVideoConfig } from '../video';
import { createPreviewSelector, selectDocIssues } from './selectors';
import { createEditorStore } from './store';
import type { EditorDoc } from './types';

describe('preview selector', () => {
  it('returns the store document itself, memoized per document', () => {
    const store = createEditorStore({ doc: newVideoConfig() });
    const select = createPreviewSelector();
    const first = select(store.getState());
    expect(first.config).toBe(store.getState().doc);
    store.getState().actions.setPlayheadFrame(10);
    expect(select(store.getState())).toBe(first);
  });

  it('never sees an invalid document: the store refuses the edit', () => {
    const store = createEditorStore({ doc: newVideoConfig() });
    const select = createPreviewSelector();
    const valid = store.getState().doc;
    const first = select(store.getState());
    expect(store.getState().actions.updateMeta({ width: 0 }).status).toBe('refused');
    expect(select(store.getState())).toBe(first);
    expect(first).toEqual({ config: valid, isStale: false });
    store.getState().actions.updateMeta({ width: 1280 });
    expect(select(store.getState())).toEqual({ config: store.getState().doc, isStale: false });
  });

  it('during a drag, the Player never gets an invalid preview: it keeps the last valid one; pointer-up validates', () => {
    const rect = (start: number) => ({ type: 'rect' as const, start, duration: 1 });
    const doc = { ...newVideoConfig(), tracks: [{ clips: [rect(0), rect(2)] }, { clips: [rect(1)] }] };
    const store = createEditorStore({ doc });
    const select = createPreviewSelector();
    select(store.getState());
    const { actions } = store.getState();
    actions.beginGesture();
    // A valid preview (one clip moved) is shown.
    const moveTo = (start: number) => (d: EditorDoc): EditorDoc => ({
      ...d,
      tracks: d.tracks.map((t, i) => (i === 0 ? { ...t, clips: t.clips.map((c, j) => (j === 1 ? { ...c, start } : c)) } : t)),
    });
    actions.previewGesture(moveTo(3));
    const valid = store.getState().doc;
    expect(select(store.getState())).toEqual({ config: valid, isStale: false });
    // A clip that would not validate (negative start): the Player keeps the last valid preview.
    actions.previewGesture(moveTo(-5));
    expect(select(store.getState())).toEqual({ config: valid, isStale: true });
    // So does a change beyond clips (width 0), checked whole.
    actions.previewGesture((d) => ({ ...d, meta: { ...d.meta, width: 0 } }));
    expect(select(store.getState()).config).toBe(valid);
    // The fields keep showing the issues of the document the drag started from (none).
    expect(selectDocIssues(store.getState())).toEqual([]);
    // Pointer-up validates once: the invalid drag is undone, the preview is the valid start again.
    actions.commitGesture();
    expect(store.getState().doc.meta.width).toBe(newVideoConfig().meta.width);
    expect(select(store.getState())).toEqual({ config: store.getState().doc, isStale: false });
  });
});
