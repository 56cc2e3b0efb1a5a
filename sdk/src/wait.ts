import { CutroomTimeoutError } from './errors.js';

export interface WaitOptions {
  /** Between two looks. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Give up (CutroomTimeoutError) after this long. Default 10 min. */
  timeoutMs?: number;
  /** Cancels the wait. */
  signal?: AbortSignal;
}

/** A wait that ran out; `last` is the last state seen. */
export class CutroomWaitTimeoutError<T = unknown> extends CutroomTimeoutError {
  override name = 'CutroomWaitTimeoutError';
  constructor(
    message: string,
    timeoutMs: number,
    readonly last: T,
  ) {
    super(message, timeoutMs);
  }
}

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Calls `look` until `isDone` holds, every `pollIntervalMs`, at most `timeoutMs` (the last sleep is cut short to the deadline). */
export async function pollUntil<T>(
  what: string,
  look: () => Promise<T>,
  isDone: (value: T) => boolean,
  opts: WaitOptions & { onPoll?: (value: T) => void } = {},
): Promise<T> {
  const interval = opts.pollIntervalMs ?? 1000;
  const timeoutMs = opts.timeoutMs ?? 600_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await look();
    opts.onPoll?.(value);
    if (isDone(value)) return value;
    const left = deadline - Date.now();
    if (left <= 0) throw new CutroomWaitTimeoutError(`${what}: not done after ${timeoutMs} ms`, timeoutMs, value);
    await delay(Math.min(interval, left), opts.signal);
  }
}
