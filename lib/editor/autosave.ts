import { ApiRequestError, saveVideo } from './api-client';
import type { EditorStore } from './store';
import type { EditorDoc } from './types';

export interface AutosaveOptions {
  store: EditorStore;
  taskId: string;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** The PATCH call; injectable for tests. */
  save?: (taskId: string, body: { config: EditorDoc; title: string }, options: { keepalive?: boolean }) => Promise<unknown>;
  /** First automatic retry after a network/server failure; doubles up to a minute. */
  retryDelayMs?: number;
}

export interface Autosave {
  /** Saves now if anything is unsaved; resolves when the present document is on the server, rejects if that fails. */
  flush(): Promise<void>;
  /** Best-effort save while the page is going away (`keepalive`), without waiting. */
  flushOnUnload(): void;
  hasUnsavedChanges(): boolean;
  dispose(): void;
}

/**
 * Debounced autosave of `{ config, title }`.
 *
 * "Saved" means the server has exactly the present document: because documents are immutable,
 * that is a reference comparison with the last saved one (undoing back to it needs no request).
 * A failed save keeps everything and is retried on the next change (and automatically, with backoff,
 * when the failure was the network or the server). Nothing is saved in the middle of a drag.
 */
export function createAutosave({
  store,
  taskId,
  delayMs = 600,
  save = saveVideo,
  retryDelayMs = 5000,
}: AutosaveOptions): Autosave {
  let savedDoc = store.getState().doc;
  let savedTitle = store.getState().title;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let retryDelay = retryDelayMs;
  let isDisposed = false;

  const hasUnsavedChanges = () => {
    const s = store.getState();
    return s.doc !== savedDoc || s.title !== savedTitle;
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = (delay: number) => {
    clearTimer();
    if (isDisposed) return;
    timer = setTimeout(() => {
      timer = null;
      saveNow().catch(() => undefined);
    }, delay);
  };

  const saveNow = async (): Promise<void> => {
    clearTimer();
    if (inFlight) {
      await inFlight.catch(() => undefined);
      return saveNow();
    }
    if (!hasUnsavedChanges()) {
      store.getState().actions.setSaveState({ status: 'saved' });
      return;
    }
    const { doc, title } = store.getState();
    store.getState().actions.setSaveState({ status: 'saving' });
    const attempt = (async () => {
      try {
        await save(taskId, { config: doc, title }, {});
        savedDoc = doc;
        savedTitle = title;
        retryDelay = retryDelayMs;
        if (hasUnsavedChanges()) {
          store.getState().actions.setSaveState({ status: 'pending' });
          if (store.getState().history.gestureBase === null) schedule(delayMs);
        } else {
          store.getState().actions.setSaveState({ status: 'saved' });
        }
      } catch (error) {
        const e = error instanceof ApiRequestError ? error : null;
        store.getState().actions.setSaveState({
          status: 'error',
          message: e?.message ?? (error instanceof Error ? error.message : 'Could not save'),
          code: e?.code ?? 'UNKNOWN',
          issues: e?.issues ?? [],
        });
        if (!e || e.isTransient) {
          schedule(retryDelay);
          retryDelay = Math.min(60_000, retryDelay * 2);
        }
        throw error;
      }
    })();
    inFlight = attempt;
    try {
      await attempt;
    } finally {
      if (inFlight === attempt) inFlight = null;
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const isDocChange = state.doc !== previous.doc || state.title !== previous.title;
    const gestureEnded = previous.history.gestureBase !== null && state.history.gestureBase === null;
    if (!isDocChange && !gestureEnded) return;
    if (!hasUnsavedChanges()) {
      clearTimer();
      if (!inFlight) state.actions.setSaveState({ status: 'saved' });
      return;
    }
    if (isDocChange || state.save.status !== 'error') state.actions.setSaveState({ status: 'pending' });
    retryDelay = retryDelayMs;
    if (state.history.gestureBase !== null) {
      clearTimer();
      return;
    }
    schedule(delayMs);
  });

  return {
    flush: async () => {
      if (!hasUnsavedChanges() && !inFlight) return;
      await saveNow();
      if (hasUnsavedChanges()) await saveNow();
    },
    flushOnUnload: () => {
      if (!hasUnsavedChanges()) return;
      const { doc, title } = store.getState();
      save(taskId, { config: doc, title }, { keepalive: true }).catch(() => undefined);
    },
    hasUnsavedChanges,
    dispose: () => {
      isDisposed = true;
      clearTimer();
      unsubscribe();
    },
  };
}
