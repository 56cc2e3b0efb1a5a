/**
 * An in-memory sliding-window counter: at most `limit` hits per key within any `windowMs`.
 * It keeps the time of each hit (a sliding log), so a burst cannot double up across a window edge
 * the way fixed windows allow. One process only: a multi-instance deployment needs a shared store.
 */
export interface RateLimitState {
  /** True when the key has used up its hits: the next attempt must wait. */
  isLimited: boolean;
  /** Hits left before the limit is reached. */
  remaining: number;
  /** When limited, milliseconds until one hit leaves the window (0 otherwise). */
  retryAfterMs: number;
}

export interface SlidingWindowLimiterOptions {
  limit: number;
  windowMs: number;
  /** The clock, injectable for tests. */
  now?: () => number;
  /** Past this many keys, hits sweep out keys whose every hit has expired (bounds memory). */
  maxKeys?: number;
}

export class SlidingWindowLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;
  private readonly hits = new Map<string, number[]>();

  constructor(opts: SlidingWindowLimiterOptions) {
    if (!(opts.limit >= 1) || !(opts.windowMs > 0)) throw new Error('limit must be ≥ 1 and windowMs > 0');
    this.limit = opts.limit;
    this.windowMs = opts.windowMs;
    this.now = opts.now ?? Date.now;
    this.maxKeys = opts.maxKeys ?? 10_000;
  }

  /** The key's state now, without recording anything. */
  check(key: string): RateLimitState {
    const live = this.live(key, this.now());
    if (live.length < this.limit) return { isLimited: false, remaining: this.limit - live.length, retryAfterMs: 0 };
    // The hit that must expire for the count to drop below the limit.
    const blocking = live[live.length - this.limit] as number;
    return { isLimited: true, remaining: 0, retryAfterMs: Math.max(0, blocking + this.windowMs - this.now()) };
  }

  /** Records one hit and returns the state after it. */
  hit(key: string): RateLimitState {
    const now = this.now();
    if (!this.hits.has(key) && this.hits.size >= this.maxKeys) this.sweep(now);
    const live = this.live(key, now);
    live.push(now);
    this.hits.set(key, live);
    return this.check(key);
  }

  /**
   * Records a hit only if the key is under its limit, checking and recording in one step (nothing
   * awaits in between, so attempts that arrive at once cannot all pass the check). Returns the hit's
   * time, to take it back with `release`, or the refusal.
   */
  tryHit(key: string): { isAllowed: true; at: number } | { isAllowed: false; retryAfterMs: number } {
    const state = this.check(key);
    if (state.isLimited) return { isAllowed: false, retryAfterMs: state.retryAfterMs };
    const at = this.now();
    this.hit(key);
    return { isAllowed: true, at };
  }

  /** Takes back one hit recorded at `at` (an attempt that turned out not to count). */
  release(key: string, at: number): void {
    const all = this.hits.get(key);
    const i = all?.lastIndexOf(at) ?? -1;
    if (!all || i < 0) return;
    all.splice(i, 1);
    if (all.length === 0) this.hits.delete(key);
  }

  /** Forgets every hit of the key (a successful sign-in clears its failures). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private live(key: string, now: number): number[] {
    const all = this.hits.get(key);
    if (!all) return [];
    const live = all.filter((t) => t > now - this.windowMs);
    if (live.length === 0) this.hits.delete(key);
    else if (live.length !== all.length) this.hits.set(key, live);
    return live;
  }

  private sweep(now: number) {
    for (const key of [...this.hits.keys()]) this.live(key, now);
  }
}

/** "30 seconds", "1 minute", "15 minutes": a wait, rounded up, for messages. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
