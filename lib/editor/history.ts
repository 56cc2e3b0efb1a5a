/**
 * Undo history over immutable documents (after tldraw's HistoryManager / excalidraw's capture policy).
 *
 * Entries are references to earlier documents: commands share structure, so keeping 200 of them
 * costs only the changed paths, never deep copies. Three ways a change enters history:
 *  - `record`: a normal edit is one step;
 *  - `record` with a `mergeKey`: edits with the same key within `mergeWindowMs` of the previous one
 *    collapse into one step (a burst of typing in one field);
 *  - a gesture (`begin` → `preview`… → `commit` | `cancel`): a whole drag is one step, and cancelling
 *    restores the document from before the drag.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** Key and time of the last recorded step, for coalescing. */
  lastKey: string | null;
  lastAt: number;
  /** The document when the open gesture started, or null when no gesture is open. */
  gestureBase: T | null;
}

export const HISTORY_LIMIT = 200;
export const MERGE_WINDOW_MS = 1000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0, gestureBase: null };
}

export interface RecordOptions {
  /** Edits sharing a key within the merge window become one undo step. */
  mergeKey?: string;
  now?: number;
  mergeWindowMs?: number;
}

function pushPast<T>(past: readonly T[], doc: T): T[] {
  const next = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  next.push(doc);
  return next;
}

/** Records `next` as the new present. A no-op (same reference) leaves history untouched. */
export function record<T>(h: History<T>, next: T, options: RecordOptions = {}): History<T> {
  if (next === h.present) return h;
  // An edit while a gesture is open (should not happen) ends the gesture as if it was committed.
  const base = h.gestureBase ?? h.present;
  const now = options.now ?? Date.now();
  const window = options.mergeWindowMs ?? MERGE_WINDOW_MS;
  const canMerge =
    h.gestureBase === null &&
    options.mergeKey !== undefined &&
    options.mergeKey === h.lastKey &&
    now - h.lastAt <= window &&
    h.past.length > 0;
  if (canMerge) {
    return { ...h, present: next, future: [], lastAt: now };
  }
  return {
    past: pushPast(h.past, base),
    present: next,
    future: [],
    lastKey: options.mergeKey ?? null,
    lastAt: now,
    gestureBase: null,
  };
}

/** Ends coalescing: the next edit starts a new step even if it has the same key (e.g. on blur). */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null ? h : { ...h, lastKey: null };
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0 || (h.gestureBase !== null && h.gestureBase !== h.present);
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

export function undo<T>(h: History<T>): History<T> {
  if (h.gestureBase !== null) return cancelGesture(h);
  const previous = h.past[h.past.length - 1];
  if (h.past.length === 0 || previous === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: previous,
    future: [h.present, ...h.future],
    lastKey: null,
    lastAt: 0,
    gestureBase: null,
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.gestureBase !== null) return h;
  const next = h.future[0];
  if (h.future.length === 0 || next === undefined) return h;
  return {
    past: pushPast(h.past, h.present),
    present: next,
    future: h.future.slice(1),
    lastKey: null,
    lastAt: 0,
    gestureBase: null,
  };
}

/** Marks the start of a gesture (pointer-down). Starting twice keeps the first mark. */
export function beginGesture<T>(h: History<T>): History<T> {
  if (h.gestureBase !== null) return h;
  return { ...h, gestureBase: h.present };
}

/** Shows an intermediate document during a gesture without recording a step. */
export function previewGesture<T>(h: History<T>, next: T): History<T> {
  if (h.gestureBase === null) return record(h, next);
  return next === h.present ? h : { ...h, present: next };
}

/** Ends a gesture (pointer-up): one step from the marked document to the present, or none if unchanged. */
export function commitGesture<T>(h: History<T>): History<T> {
  const base = h.gestureBase;
  if (base === null) return h;
  if (base === h.present) return { ...h, gestureBase: null };
  return {
    past: pushPast(h.past, base),
    present: h.present,
    future: [],
    lastKey: null,
    lastAt: 0,
    gestureBase: null,
  };
}

/** Abandons a gesture (Escape, lost pointer): back to the marked document, history unchanged. */
export function cancelGesture<T>(h: History<T>): History<T> {
  const base = h.gestureBase;
  if (base === null) return h;
  return { ...h, present: base, gestureBase: null };
}
