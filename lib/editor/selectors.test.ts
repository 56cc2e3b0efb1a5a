import { describe, expect, it } from 'vitest';
import { newVideoConfig } from '../video';
import { createPreviewSelector, playerGeometry } from './selectors';
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

  it('gives the Player at least one frame', () => {
    expect(playerGeometry(newVideoConfig())).toEqual({ width: 1920, height: 1080, fps: 30, durationInFrames: 1 });
  });
});
