import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newVideoConfig } from '../video';
import { ApiRequestError, type SaveBody } from './api-client';
import { createAutosave } from './autosave';
import { newTextClip } from './clip-factories';
import { moveClip } from './commands';
import { createEditorStore } from './store';

function setup(
  save = vi.fn(async (_taskId: string, _body: SaveBody, _options: unknown): Promise<{ version: number }> => ({ version: 2 })),
) {
  const store = createEditorStore({ doc: newVideoConfig(), title: 'Draft' });
  const autosave = createAutosave({ store, taskId: 'task_1', baseVersion: 1, delayMs: 600, save, retryDelayMs: 5000 });
  const addText = () => store.getState().actions.insertClip(newTextClip(store.getState().doc.meta, 0));
  return { store, autosave, save, addText, status: () => store.getState().save.status };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves { config, title } once, 600 ms after the last change', async () => {
    const { store, save, addText, status } = setup();
    addText();
    expect(status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    store.getState().actions.setTitle('Renamed');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('task_1', { config: store.getState().doc, title: 'Renamed', version: 1 }, {});
    expect(status()).toBe('saved');
  });

  it('undoing back to the saved document needs no request', async () => {
    const { store, save, addText, status } = setup();
    addText();
    expect(status()).toBe('pending');
    store.getState().actions.undo();
    expect(status()).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
  });

  it('does not save in the middle of a drag', async () => {
    const { store, save, addText } = setup();
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledTimes(1);
    const { actions } = store.getState();
    const ref = { trackIndex: 0, clipIndex: 0 };
    actions.beginGesture();
    actions.previewGesture((base) => moveClip(base, { ref, start: 2 }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    actions.commitGesture();
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps the document on a failed save, shows the issues, and retries on the next change', async () => {
    const save = vi.fn(async (_taskId: string, _body: SaveBody, _options: unknown): Promise<{ version: number }> => {
      throw new ApiRequestError('Invalid config', {
        code: 'INVALID_CONFIG',
        status: 400,
        details: { issues: [{ path: 'meta.width', message: 'must be 16 or more' }] },
      });
    });
    const { store, autosave, addText } = setup(save);
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(store.getState().save).toEqual({
      status: 'error',
      message: 'Invalid config',
      code: 'INVALID_CONFIG',
      issues: [{ path: 'meta.width', message: 'must be 16 or more' }],
    });
    expect(store.getState().doc.tracks[0]?.clips).toHaveLength(1);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    // A validation error is not retried by itself…
    await vi.advanceTimersByTimeAsync(30_000);
    expect(save).toHaveBeenCalledTimes(1);
    // …but the next change is saved.
    save.mockResolvedValue({ version: 2 });
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.getState().save.status).toBe('saved');
  });

  it('retries network failures by itself', async () => {
    const save = vi
      .fn(async (_taskId: string, _body: SaveBody, _options: unknown): Promise<{ version: number }> => ({ version: 2 }))
      .mockRejectedValueOnce(new ApiRequestError('Network error', { code: 'NETWORK_ERROR', status: 0 }));
    const { store, addText } = setup(save);
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(store.getState().save.status).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.getState().save.status).toBe('saved');
  });

  it('flush saves immediately and resolves once saved; rejects when the save fails', async () => {
    const { autosave, save, addText } = setup();
    addText();
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);

    save.mockRejectedValueOnce(new ApiRequestError('Nope', { code: 'INVALID_CONFIG', status: 400 }));
    addText();
    await expect(autosave.flush()).rejects.toThrow('Nope');
  });

  it('a change made while a save is in flight is saved afterwards', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(
      (_taskId: string, _body: SaveBody, _options: unknown) =>
        new Promise<{ version: number }>((resolve) => {
          release = () => resolve({ version: 2 });
        }),
    );
    const { store, addText } = setup(save);
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(store.getState().save.status).toBe('saving');
    store.getState().actions.setTitle('Changed meanwhile');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().save.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[1]).toMatchObject({ title: 'Changed meanwhile' });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().save.status).toBe('saved');
  });
});

/** A server that keeps a version and refuses a save based on another one, as the API does. */
function fakeServer(config = newVideoConfig()) {
  const server = { version: 1, config, title: 'Draft', saves: 0 };
  const save = vi.fn(async (_taskId: string, body: SaveBody, _options: unknown): Promise<{ version: number }> => {
    if (body.version !== server.version) {
      throw new ApiRequestError('changed', { code: 'CONFLICT', status: 409, details: { currentVersion: server.version } });
    }
    server.saves += 1;
    server.version += 1;
    server.config = body.config;
    server.title = body.title;
    return { version: server.version };
  });
  const load = vi.fn(async () => ({ config: server.config, title: server.title, version: server.version }));
  /** Another tab (or an API client) saves. */
  const saveElsewhere = (title: string) => {
    server.version += 1;
    server.title = title;
  };
  return { server, save, load, saveElsewhere };
}

describe('autosave with versions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function open() {
    const remote = fakeServer();
    const store = createEditorStore({ doc: remote.server.config, title: 'Draft' });
    const autosave = createAutosave({ store, taskId: 't', baseVersion: 1, save: remote.save, load: remote.load });
    const addText = () => store.getState().actions.insertClip(newTextClip(store.getState().doc.meta, 0));
    return { ...remote, store, autosave, addText };
  }

  it('sends its base version and takes the new one from the answer', async () => {
    const { save, autosave, addText } = open();
    addText();
    await autosave.flush();
    addText();
    await autosave.flush();
    expect(save.mock.calls.map((c) => c[1].version)).toEqual([1, 2]);
    expect(autosave.baseVersion()).toBe(3);
  });

  it('a conflict stops autosaving and says so; later edits send nothing', async () => {
    const { store, save, addText, saveElsewhere, server } = open();
    saveElsewhere('Theirs');
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(store.getState().save).toMatchObject({ status: 'conflict', currentVersion: 2 });
    addText();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(store.getState().save.status).toBe('conflict');
    expect(server.title).toBe('Theirs');
  });

  it('keep mine: overwrites, based on the version now current', async () => {
    const { store, autosave, addText, saveElsewhere, server } = open();
    saveElsewhere('Theirs');
    addText();
    await vi.advanceTimersByTimeAsync(700);
    await autosave.keepMine();
    expect(store.getState().save.status).toBe('saved');
    expect(server).toMatchObject({ version: 3, title: 'Draft' });
    expect(server.config).toBe(store.getState().doc);
  });

  it('load theirs: replaces the document in one undo step, nothing sent', async () => {
    const { store, autosave, addText, server, save } = open();
    server.version = 5;
    server.title = 'Theirs';
    server.config = { ...server.config, meta: { ...server.config.meta, width: 640, height: 360 } };
    addText();
    await vi.advanceTimersByTimeAsync(700);
    const mine = store.getState().doc;
    await autosave.loadTheirs();
    expect(store.getState()).toMatchObject({ title: 'Theirs', save: { status: 'saved' } });
    expect(store.getState().doc.meta.width).toBe(640);
    expect(autosave.hasUnsavedChanges()).toBe(false);
    expect(autosave.baseVersion()).toBe(5);
    store.getState().actions.undo();
    expect(store.getState().doc).toBe(mine);
    await vi.advanceTimersByTimeAsync(700);
    // Undoing the load is an edit like any other: saved on top of their version.
    expect(save.mock.calls.at(-1)?.[1]).toMatchObject({ version: 5 });
    expect(server.version).toBe(6);
  });

  it('never saves on unload while in conflict', async () => {
    const { autosave, addText, saveElsewhere, save } = open();
    saveElsewhere('Theirs');
    addText();
    await vi.advanceTimersByTimeAsync(700);
    autosave.flushOnUnload();
    expect(save).toHaveBeenCalledTimes(1);
    await expect(autosave.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('autosave: a conflict with the very same content', () => {
  it('is no conflict: the stored version is adopted', async () => {
    const remote = fakeServer();
    const store = createEditorStore({ doc: remote.server.config, title: 'Draft' });
    const autosave = createAutosave({ store, taskId: 't', baseVersion: 1, save: remote.save, load: remote.load });
    store.getState().actions.setTitle('Same');
    // Another save (this tab's own keepalive as it closed, say) already stored exactly this.
    remote.saveElsewhere('Same');
    remote.server.config = store.getState().doc;
    await autosave.flush();
    expect(store.getState().save.status).toBe('saved');
    expect(autosave.baseVersion()).toBe(2);
  });
});
