import { describe, expect, it } from 'vitest';
import { newVideoConfig } from '../video';
import { createPreviewSelector } from './selectors';
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

  it('keeps showing the last valid document while the current one is invalid', () => {
    const store = createEditorStore({ doc: newVideoConfig() });
    const select = createPreviewSelector();
    const valid = store.getState().doc;
    select(store.getState());
    store.getState().actions.updateMeta({ width: 0 });
    expect(select(store.getState())).toEqual({ config: valid, isStale: true });
    store.getState().actions.updateMeta({ width: 1280 });
    expect(select(store.getState())).toEqual({ config: store.getState().doc, isStale: false });
  });
});
