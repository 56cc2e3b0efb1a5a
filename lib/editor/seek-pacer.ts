/**
 * Paces the preview's seeks to what the picture can show. A scrub asks for a new frame every
 * animation frame; each seek makes every mounted `<video>` decode from its last keyframe, and a
 * clip boundary crossed mounts new ones. Seeking again before the last seek has been drawn only
 * queues decode work that is thrown away, and on a small machine that work starves the page.
 *
 * So one seek is in flight at a time: the next request waits until the preview has settled (its
 * media have the frame) or `maxWaitMs` has passed, and then the latest requested frame is shown
 * (the ones in between are dropped, never replayed). A request while nothing is in flight seeks at
 * once, so single steps (a click on the ruler, an arrow key) are not delayed.
 *
 * Framework-free: the caller says how to seek, how to tell the preview settled, and calls `tick`
 * once per animation frame while `isWaiting` (the app: requestAnimationFrame; tests: by hand).
 */
export interface SeekPacerOptions {
  /** Shows `frame` in the preview. */
  seek(frame: number): void;
  /** Whether the preview has drawn the last seek (no media still seeking or loading). */
  isSettled(): boolean;
  /** The clock, in ms. */
  now(): number;
  /** Longest wait for a seek to settle before the next one goes anyway (a stalled file never freezes the scrub). */
  maxWaitMs: number;
}

export interface SeekPacer {
  /** Asks for `frame`: seeks now when nothing is in flight, else keeps it as the next seek. */
  request(frame: number): void;
  /** Checks the seek in flight; sends the pending one once it settled or timed out. */
  tick(): void;
  /** A seek is in flight (the caller should keep calling `tick`). */
  readonly isWaiting: boolean;
  /** Drops the pending request (the preview went away). */
  cancel(): void;
}

export function createSeekPacer(options: SeekPacerOptions): SeekPacer {
  let inFlightSince: number | null = null;
  let pending: number | null = null;
  /** The first tick after a seek is skipped: the preview needs a frame to start the seek it was asked for. */
  let isFresh = false;

  const send = (frame: number) => {
    options.seek(frame);
    inFlightSince = options.now();
    isFresh = true;
  };

  return {
    request(frame) {
      if (inFlightSince === null) send(frame);
      else pending = frame;
    },
    tick() {
      if (inFlightSince === null) return;
      if (isFresh) {
        isFresh = false;
        if (options.now() - inFlightSince < options.maxWaitMs) return;
      }
      const isDone = options.now() - inFlightSince >= options.maxWaitMs || options.isSettled();
      if (!isDone) return;
      inFlightSince = null;
      if (pending !== null) {
        const next = pending;
        pending = null;
        send(next);
      }
    },
    get isWaiting() {
      return inFlightSince !== null;
    },
    cancel() {
      pending = null;
      inFlightSince = null;
    },
  };
}
