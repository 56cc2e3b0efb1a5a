import type { EditorStore } from './store';
import type { EditorDoc } from './types';

/**
 * Local drafts: the unsaved document kept in the browser (localStorage), so a crash, a closed tab or
 * a lost connection loses nothing. Written on every change (throttled), removed once the server has
 * the document; on the next open a draft that differs from the stored task is offered back.
 *
 * localStorage rather than IndexedDB on purpose: its writes are synchronous, so a draft written just
 * before the tab dies is there on the next open; a config is tens to hundreds of KB, far within its
 * quota. A full or unavailable storage only means no draft (never an error in the editor).
 */

/** The part of the Web Storage API drafts need (localStorage in the browser; a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LocalDraft {
  taskId: string;
  config: EditorDoc;
  title: string;
  /** The task version the draft's edits were made on. */
  baseVersion: number;
  /** When it was written (ms since the epoch). */
  savedAt: number;
}

const draftKey = (taskId: string) => `cutroom:draft:${taskId}`;

/** The draft kept for a task, or null (none, unreadable, or of another shape). */
export function readDraft(storage: DraftStorage, taskId: string): LocalDraft | null {
  let text: string | null;
  try {
    text = storage.getItem(draftKey(taskId));
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const d = JSON.parse(text) as Partial<LocalDraft>;
    if (d.taskId !== taskId || typeof d.title !== 'string' || typeof d.baseVersion !== 'number' || typeof d.savedAt !== 'number') return null;
    if (!d.config || typeof d.config !== 'object' || !Array.isArray((d.config as EditorDoc).tracks)) return null;
    return d as LocalDraft;
  } catch {
    return null;
  }
}

/** Writes the draft; false when the storage refused it (full, disabled). */
export function writeDraft(storage: DraftStorage, draft: LocalDraft): boolean {
  try {
    storage.setItem(draftKey(draft.taskId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, taskId: string): void {
  try {
    storage.removeItem(draftKey(taskId));
  } catch {
    // Nothing to do: an unavailable storage holds no draft either.
  }
}

/** JSON with object keys sorted: two equal documents give the same text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether two documents with titles hold the same content (key order aside). */
export function isSameContent(a: { config: EditorDoc; title: string }, b: { config: EditorDoc; title: string }): boolean {
  return a.title === b.title && (a.config === b.config || canonicalJson(a.config) === canonicalJson(b.config));
}

/** Whether a draft holds anything the stored task does not (its config or title differs). */
export function draftDiffers(draft: LocalDraft, stored: { config: EditorDoc; title: string }): boolean {
  return !isSameContent(draft, stored);
}

/**
 * What to do with the draft found when a task opens: nothing (none), drop it (the server already has
 * the same), or ask the person (restore or discard). A draft made on an older version than the stored
 * one is still offered: restoring it leads to the conflict prompt, never to a silent overwrite.
 */
export function draftOnOpen(
  storage: DraftStorage,
  stored: { taskId: string; config: EditorDoc; title: string },
): LocalDraft | null {
  const draft = readDraft(storage, stored.taskId);
  if (!draft) return null;
  if (!draftDiffers(draft, stored)) {
    clearDraft(storage, stored.taskId);
    return null;
  }
  return draft;
}

export interface DraftKeeperOptions {
  store: EditorStore;
  taskId: string;
  storage: DraftStorage;
  /** The base version of the document now (autosave's). */
  baseVersion: () => number;
  /** True when the server has the present document (autosave has nothing unsaved). */
  isSaved: () => boolean;
  /** At most one write per this many ms while editing (the last change is always written). */
  throttleMs?: number;
  now?: () => number;
}

export interface DraftKeeper {
  /** Writes the present document now if it is unsaved (page hide), else removes the draft. */
  flush(): void;
  dispose(): void;
}

/**
 * Keeps the task's draft in step with the store: each document or title change is written (at most
 * once per `throttleMs`, trailing), and the draft is removed as soon as the save state is `saved`.
 * Nothing is written in the middle of a drag (the document then is a preview); its end is.
 */
export function keepLocalDraft({
  store,
  taskId,
  storage,
  baseVersion,
  isSaved,
  throttleMs = 1000,
  now = Date.now,
}: DraftKeeperOptions): DraftKeeper {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = -Infinity;

  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (isSaved()) {
      clearDraft(storage, taskId);
      return;
    }
    const { doc, title, history } = store.getState();
    const config = history.gestureBase ?? doc;
    lastWrite = now();
    writeDraft(storage, { taskId, config, title, baseVersion: baseVersion(), savedAt: lastWrite });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.save.status === 'saved' && previous.save.status !== 'saved' && isSaved()) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      clearDraft(storage, taskId);
      return;
    }
    const isDocChange = state.doc !== previous.doc || state.title !== previous.title;
    const gestureEnded = previous.history.gestureBase !== null && state.history.gestureBase === null;
    if (!isDocChange && !gestureEnded) return;
    if (state.history.gestureBase !== null) return;
    if (timer !== null) return;
    const wait = Math.max(0, lastWrite + throttleMs - now());
    timer = setTimeout(write, wait);
  });

  return {
    flush: write,
    dispose: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
    },
  };
}
