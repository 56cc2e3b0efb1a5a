import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newVideoConfig } from '../video';
import { ApiRequestError } from './api-client';
import { createAutosave } from './autosave';
import { newTextClip } from './clip-factories';
import { moveClip } from './commands';
import { createEditorStore } from './store';

function setup(
  save = vi.fn(async (_taskId: string, _body: unknown, _options: unknown): Promise<unknown> => ({ success: true })),
) {
  const store = createEditorStore({ doc: newVideoConfig(), title: 'Draft' });
  const autosave = createAutosave({ store, taskId: 'task_1', delayMs: 600, save, retryDelayMs: 5000 });
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
    expect(save).toHaveBeenCalledWith('task_1', { config: store.getState().doc, title: 'Renamed' }, {});
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
    const save = vi.fn(async (_taskId: string, _body: unknown, _options: unknown): Promise<unknown> => {
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
    save.mockResolvedValue({ success: true });
    addText();
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.getState().save.status).toBe('saved');
  });

  it('retries network failures by itself', async () => {
    const save = vi
      .fn(async (_taskId: string, _body: unknown, _options: unknown): Promise<unknown> => ({ success: true }))
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
      (_taskId: string, _body: unknown, _options: unknown) =>
        new Promise<unknown>((resolve) => {
          release = () => resolve({ success: true });
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
