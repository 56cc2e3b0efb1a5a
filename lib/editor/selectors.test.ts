import { describe, expect, it } from 'vitest';
import { newVideoConfig } from '../video';
import { createPreviewSelector, selectDocIssues } from './selectors';
import { createEditorStore } from './store';

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

  it('during a drag from a valid document, shows each preview without a whole-document check; pointer-up validates', () => {
    const store = createEditorStore({ doc: newVideoConfig() });
    const select = createPreviewSelector();
    select(store.getState());
    const { actions } = store.getState();
    actions.beginGesture();
    // A preview the check would refuse (width 0): shown as is, because nothing checks it per move.
    actions.previewGesture((d) => ({ ...d, meta: { ...d.meta, width: 0 } }));
    const during = select(store.getState());
    expect(during).toEqual({ config: store.getState().doc, isStale: false });
    // The fields keep showing the issues of the document the drag started from (none).
    expect(selectDocIssues(store.getState())).toEqual([]);
    // Pointer-up validates once: the invalid drag is undone, the preview is the valid start again.
    actions.commitGesture();
    expect(store.getState().doc.meta.width).toBe(newVideoConfig().meta.width);
    expect(select(store.getState())).toEqual({ config: store.getState().doc, isStale: false });
    expect(selectDocIssues(store.getState())).toEqual([]);
  });
});
