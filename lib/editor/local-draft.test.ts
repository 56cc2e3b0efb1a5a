import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newVideoConfig } from '../video';
import { newTextClip } from './clip-factories';
import { moveClip } from './commands';
import { clearDraft, draftOnOpen, keepLocalDraft, readDraft, writeDraft, type DraftStorage } from './local-draft';
import { createEditorStore } from './store';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('drafts in storage', () => {
  it('write, read back, clear; garbage reads as none', () => {
    const storage = memoryStorage();
    const draft = { taskId: 't1', config: newVideoConfig(), title: 'T', baseVersion: 3, savedAt: 1 };
    expect(writeDraft(storage, draft)).toBe(true);
    expect(readDraft(storage, 't1')).toEqual(draft);
    expect(readDraft(storage, 't2')).toBeNull();
    clearDraft(storage, 't1');
    expect(readDraft(storage, 't1')).toBeNull();
    storage.setItem('cutroom:draft:t1', '{not json');
    expect(readDraft(storage, 't1')).toBeNull();
  });

  it('a full storage is no draft, not an error', () => {
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(writeDraft(full, { taskId: 't', config: newVideoConfig(), title: '', baseVersion: 1, savedAt: 0 })).toBe(false);
  });

  it('on open: offered when it differs from the stored task, dropped when it is the same (any key order)', () => {
    const storage = memoryStorage();
    const config = newVideoConfig();
    const reordered = JSON.parse(JSON.stringify({ tracks: config.tracks, meta: config.meta })) as typeof config;
    writeDraft(storage, { taskId: 't', config: reordered, title: 'T', baseVersion: 1, savedAt: 0 });
    expect(draftOnOpen(storage, { taskId: 't', config, title: 'T' })).toBeNull();
    expect(readDraft(storage, 't')).toBeNull();

    writeDraft(storage, { taskId: 't', config, title: 'Renamed', baseVersion: 1, savedAt: 0 });
    expect(draftOnOpen(storage, { taskId: 't', config, title: 'T' })).toMatchObject({ title: 'Renamed' });
  });
});

describe('keepLocalDraft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const storage = memoryStorage();
    const store = createEditorStore({ doc: newVideoConfig(), title: 'T' });
    let saved = true;
    const keeper = keepLocalDraft({ store, taskId: 't', storage, baseVersion: () => 4, isSaved: () => saved, throttleMs: 1000 });
    const edit = () => {
      saved = false;
      store.getState().actions.insertClip(newTextClip(store.getState().doc.meta, 0));
    };
    const serverHasIt = () => {
      saved = true;
      store.getState().actions.setSaveState({ status: 'pending' });
      store.getState().actions.setSaveState({ status: 'saved' });
    };
    return { storage, store, keeper, edit, serverHasIt };
  }

  it('writes each change, at most once a second, the last one always', async () => {
    const { storage, store, edit } = setup();
    const writes = vi.spyOn(storage, 'setItem');
    edit();
    await vi.advanceTimersByTimeAsync(0);
    expect(readDraft(storage, 't')).toMatchObject({ baseVersion: 4, config: store.getState().doc });
    edit();
    edit();
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(readDraft(storage, 't')?.config).toEqual(store.getState().doc);
    expect(readDraft(storage, 't')?.config.tracks.flatMap((t) => t.clips)).toHaveLength(3);
  });

  it('is removed once the server has the document', async () => {
    const { storage, edit, serverHasIt } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(0);
    expect(readDraft(storage, 't')).not.toBeNull();
    serverHasIt();
    expect(readDraft(storage, 't')).toBeNull();
  });

  it('a drag is written at its end, as its start document until then', async () => {
    const { storage, store, edit } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(1000);
    const before = store.getState().doc;
    const { actions } = store.getState();
    actions.beginGesture();
    actions.previewGesture((base) => moveClip(base, { ref: { trackIndex: 0, clipIndex: 0 }, start: 2 }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(readDraft(storage, 't')?.config).toEqual(before);
    actions.commitGesture();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readDraft(storage, 't')?.config.tracks[0]?.clips[0]?.start).toBe(2);
  });
});
