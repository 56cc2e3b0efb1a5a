/** The parts of a DOM PointerEvent / KeyboardEvent the session reads (so tests can feed plain events). */
export interface PointerLike {
  pointerId: number;
  clientX: number;
  clientY: number;
  altKey: boolean;
  shiftKey: boolean;
}

export interface PointerSessionOptions {
  /** Where move/up/cancel/keydown listeners go: `window` in the app, any EventTarget in tests. */
  target: EventTarget;
  pointerId: number;
  originX: number;
  originY: number;
  /** Pointer travel (px) before the press becomes a drag; a shorter press is a click. */
  thresholdPx: number;
  /** Called once, at the first move past the threshold. */
  onDragStart?(event: PointerLike): void;
  /** Every move once dragging (the first one included). */
  onMove(event: PointerLike): void;
  /** Release after a drag (`commit`), Escape / pointercancel (`cancel`), release without a drag (`click`). */
  onEnd(outcome: 'commit' | 'cancel' | 'click'): void;
  /**
   * Coalesces moves: `onMove` runs at most once per scheduled callback, with the latest event
   * (`requestAnimationFrame` in the app: one preview per frame however fast the pointer reports).
   * A move still pending at release runs before `onEnd('commit')`; a cancel drops it. Returns a
   * function that cancels the callback. Without it every move runs at once (tests).
   */
  schedule?(run: () => void): () => void;
}

/** `schedule` for the browser: one callback per animation frame. */
export const perAnimationFrame = (run: () => void): (() => void) => {
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
};

/**
 * The pointer lifecycle every drag in the editor shares (timeline clips, marquee, library tiles):
 * a threshold that tells a click from a drag, moves, release, pointercancel and Escape. Returns an
 * `abort` that ends the session as cancelled (unmount). Framework-free: listeners on `target`.
 */
export function startPointerSession(options: PointerSessionOptions): { abort(): void } {
  const { target, pointerId, originX, originY, thresholdPx } = options;
  let isDragging = false;
  let isDone = false;
  /** The latest move not yet handed to `onMove`, and the cancel of its scheduled run. */
  let pending: PointerLike | null = null;
  let cancelScheduled: (() => void) | null = null;

  const runPending = () => {
    cancelScheduled = null;
    const e = pending;
    pending = null;
    if (e && !isDone) options.onMove(e);
  };

  const finish = (outcome: 'commit' | 'cancel' | 'click') => {
    if (isDone) return;
    cancelScheduled?.();
    cancelScheduled = null;
    if (outcome === 'commit') runPending();
    pending = null;
    isDone = true;
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onUp);
    target.removeEventListener('pointercancel', onCancel);
    target.removeEventListener('keydown', onKey, true);
    options.onEnd(outcome === 'commit' && !isDragging ? 'click' : outcome);
  };
  function onMove(raw: Event) {
    const e = raw as unknown as PointerLike;
    if (e.pointerId !== pointerId) return;
    if (!isDragging) {
      if (Math.abs(e.clientX - originX) < thresholdPx && Math.abs(e.clientY - originY) < thresholdPx) return;
      isDragging = true;
      options.onDragStart?.(e);
    }
    if (!options.schedule) {
      options.onMove(e);
      return;
    }
    // Copy what the tools read: the event object may be reused by the browser.
    pending = { pointerId: e.pointerId, clientX: e.clientX, clientY: e.clientY, altKey: e.altKey, shiftKey: e.shiftKey };
    cancelScheduled ??= options.schedule(runPending);
  }
  function onUp(raw: Event) {
    if ((raw as unknown as PointerLike).pointerId === pointerId) finish('commit');
  }
  function onCancel(raw: Event) {
    if ((raw as unknown as PointerLike).pointerId === pointerId) finish('cancel');
  }
  function onKey(raw: Event) {
    if ((raw as KeyboardEvent).key !== 'Escape') return;
    raw.preventDefault();
    raw.stopPropagation();
    finish('cancel');
  }
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onCancel);
  target.addEventListener('keydown', onKey, true);
  return { abort: () => finish('cancel') };
}
