import { ApiRequestError, conflictVersion, loadVideo, saveVideo, type RemoteVideo, type SaveBody } from './api-client';
import { isSameContent } from './local-draft';
import type { EditorStore } from './store';
import type { EditorDoc } from './types';

export interface AutosaveOptions {
  store: EditorStore;
  taskId: string;
  /** The task version the opened document is (what the page loaded); every save sends its base version. */
  baseVersion: number;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** The PATCH call (answers the new version); injectable for tests. */
  save?: (taskId: string, body: SaveBody, options: { keepalive?: boolean }) => Promise<{ version: number }>;
  /** Reads the stored task (for "load the other version"); injectable for tests. */
  load?: (taskId: string) => Promise<RemoteVideo>;
  /** First automatic retry after a network/server failure; doubles up to a minute. */
  retryDelayMs?: number;
}

export interface Autosave {
  /** Saves now if anything is unsaved; resolves when the present document is on the server, rejects if that fails. */
  flush(): Promise<void>;
  /** Best-effort save while the page is going away (`keepalive`), without waiting. */
  flushOnUnload(): void;
  hasUnsavedChanges(): boolean;
  /** The server version the document is based on. */
  baseVersion(): number;
  /** Bases the document on another version (a restored local draft keeps the version it was made on). */
  setBaseVersion(version: number): void;
  /** After a conflict: save this document over the other version (based on the version now current). */
  keepMine(): Promise<void>;
  /** After a conflict: replace the document with the stored one, as one undo step (undo brings this one back). */
  loadTheirs(): Promise<void>;
  dispose(): void;
}

/**
 * Debounced autosave of `{ config, title }`, with optimistic concurrency.
 *
 * "Saved" means the server has exactly the present document: because documents are immutable,
 * that is a reference comparison with the last saved one (undoing back to it needs no request).
 * A failed save keeps everything and is retried on the next change (and automatically, with backoff,
 * when the failure was the network or the server). Nothing is saved in the middle of a drag.
 *
 * Every save sends the version it is based on and takes the new one from the answer. When the task
 * changed elsewhere (another tab, an API client) the server answers CONFLICT: autosave stops — nothing
 * is sent, whatever is edited — and the save state says `conflict` until the person picks `keepMine`
 * or `loadTheirs`. So two tabs never silently overwrite each other.
 */
export function createAutosave({
  store,
  taskId,
  baseVersion: openedVersion,
  delayMs = 600,
  save = saveVideo,
  load = loadVideo,
  retryDelayMs = 5000,
}: AutosaveOptions): Autosave {
  /** The document the server has (null: unknown, so the present one must be sent). */
  let savedDoc: EditorDoc | null = store.getState().doc;
  let savedTitle = store.getState().title;
  let baseVersion = openedVersion;
  /** The version current on the server when a save met a conflict; null when there is none. */
  let conflict: number | null = null;
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
    if (isDisposed || conflict !== null) return;
    timer = setTimeout(() => {
      timer = null;
      saveNow().catch(() => undefined);
    }, delay);
  };

  const conflictError = () =>
    new ApiRequestError('This video was changed elsewhere; choose which version to keep.', {
      code: 'CONFLICT',
      status: 409,
      details: { currentVersion: conflict },
    });

  /** After a conflict: whether the stored version is this very content; if so, this document is based on it now. */
  const storedIsTheSame = async (doc: EditorDoc, title: string): Promise<boolean> => {
    const remote = await load(taskId).catch(() => null);
    if (!remote || !isSameContent(remote, { config: doc, title })) return false;
    baseVersion = remote.version;
    savedDoc = doc;
    savedTitle = title;
    return true;
  };

  const saveNow = async (): Promise<void> => {
    clearTimer();
    if (inFlight) {
      await inFlight.catch(() => undefined);
      return saveNow();
    }
    if (conflict !== null) throw conflictError();
    if (!hasUnsavedChanges()) {
      store.getState().actions.setSaveState({ status: 'saved' });
      return;
    }
    const { doc, title } = store.getState();
    store.getState().actions.setSaveState({ status: 'saving' });
    const attempt = (async () => {
      try {
        const saved = await save(taskId, { config: doc, title, version: baseVersion }, {});
        baseVersion = saved.version;
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
        const current = conflictVersion(error);
        if (current !== null && (await storedIsTheSame(doc, title))) {
          // The other save holds exactly this document (e.g. this tab's own last save as it closed): no conflict.
          if (hasUnsavedChanges()) {
            store.getState().actions.setSaveState({ status: 'pending' });
            schedule(delayMs);
          } else {
            store.getState().actions.setSaveState({ status: 'saved' });
          }
          return;
        }
        if (current !== null) {
          conflict = current;
          clearTimer();
          store.getState().actions.setSaveState({
            status: 'conflict',
            message: 'This video was changed in another tab or by another program since you opened it.',
            currentVersion: current,
          });
          throw error;
        }
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
    if (conflict !== null) return;
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

  const flush = async () => {
    if (!hasUnsavedChanges() && !inFlight) return;
    await saveNow();
    if (hasUnsavedChanges()) await saveNow();
  };

  return {
    flush,
    flushOnUnload: () => {
      if (!hasUnsavedChanges() || conflict !== null) return;
      const { doc, title } = store.getState();
      save(taskId, { config: doc, title, version: baseVersion }, { keepalive: true }).catch(() => undefined);
    },
    hasUnsavedChanges,
    baseVersion: () => baseVersion,
    setBaseVersion: (version) => {
      baseVersion = version;
    },
    keepMine: async () => {
      if (conflict === null) return;
      baseVersion = conflict;
      conflict = null;
      // Whatever the server has, this document is what the person keeps: save it even if it equals savedDoc.
      savedDoc = null;
      await flush();
    },
    loadTheirs: async () => {
      const remote = await load(taskId);
      const { actions } = store.getState();
      const applied = actions.tryApply(() => remote.config);
      if (applied.status === 'refused') {
        throw new ApiRequestError('The other version cannot be opened here: ' + (applied.issues[0]?.message ?? 'it is invalid'), {
          code: 'INVALID_CONFIG',
          status: 400,
          details: { issues: applied.issues },
        });
      }
      actions.setTitle(remote.title);
      savedDoc = store.getState().doc;
      savedTitle = remote.title;
      baseVersion = remote.version;
      conflict = null;
      clearTimer();
      actions.setSaveState({ status: 'saved' });
    },
    dispose: () => {
      isDisposed = true;
      clearTimer();
      unsubscribe();
    },
  };
}
