/** When and how long to wait before retrying a request: pure functions, no I/O. */

export interface BackoffOptions {
  /** First computed delay (before jitter), doubled on each retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap of the computed delay. Default 8 s. */
  maxDelayMs?: number;
  /** The longest server-requested wait (Retry-After…) the SDK sleeps through; longer → no retry. Default 60 s. */
  maxServerDelayMs?: number;
}

const defaults = { baseDelayMs: 500, maxDelayMs: 8_000, maxServerDelayMs: 60_000 } satisfies Required<BackoffOptions>;

/**
 * Whether an answer is worth retrying: 408, 429, 5xx except 501/505 (a missing feature stays missing),
 * and our own idempotency key still being worked on (409 IDEMPOTENCY_KEY_IN_USE: the first attempt is
 * running on the server; a later retry gets its stored answer).
 */
export function isRetryableStatus(status: number, code?: string): boolean {
  if (status === 408 || status === 429) return true;
  if (status === 409) return code === 'IDEMPOTENCY_KEY_IN_USE' || code === 'idempotency_key_in_use';
  return status >= 500 && status !== 501 && status !== 505;
}

/**
 * Exponential backoff with "equal jitter": half the capped delay fixed, half random, so retries from
 * many clients spread out but never come back at once.
 *
 * @example backoffDelayMs(0) // 250–500 ms; backoffDelayMs(3) // 2000–4000 ms; backoffDelayMs(10) // 4000–8000 ms
 */
export function backoffDelayMs(retry: number, opts: BackoffOptions = {}, random: () => number = Math.random): number {
  const base = opts.baseDelayMs ?? defaults.baseDelayMs;
  const max = opts.maxDelayMs ?? defaults.maxDelayMs;
  const cap = Math.min(max, base * 2 ** Math.max(0, retry));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/**
 * The wait the server asked for, in ms, or null when it said nothing:
 * `Retry-After` (seconds or an HTTP date) first, then the body's `retry_after_ms` (RendrSink) or
 * `details.retryAfterMs` (Cutroom), then `X-RateLimit-Reset` (Unix seconds) when `X-RateLimit-Remaining` is 0.
 */
export function serverDelayMs(headers: Headers, body: unknown, nowMs: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  const fromBody = bodyRetryAfterMs(body);
  if (fromBody !== null) return fromBody;
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset) && headers.get('x-ratelimit-remaining')?.trim() === '0') {
    const value = Number(reset);
    // Unix seconds (what Cutroom sends); a small number is read as seconds from now, as some servers send.
    return value > 1_000_000_000 ? Math.max(0, value * 1000 - nowMs) : value * 1000;
  }
  return null;
}

function bodyRetryAfterMs(body: unknown): number | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as { error?: unknown; details?: unknown };
  const candidates = [
    typeof b.error === 'object' && b.error !== null ? (b.error as { retry_after_ms?: unknown }).retry_after_ms : undefined,
    typeof b.details === 'object' && b.details !== null ? (b.details as { retryAfterMs?: unknown }).retryAfterMs : undefined,
  ];
  for (const c of candidates) if (typeof c === 'number' && Number.isFinite(c) && c >= 0) return c;
  return null;
}

/**
 * How long to wait before retry number `retry` (0 = the first retry), or null when it should not be
 * retried because the server asks for a longer wait than `maxServerDelayMs`. A server-requested wait gets
 * up to 250 ms of jitter on top, so a burst of refused clients does not come back in the same millisecond.
 */
export function retryDelayMs(input: {
  retry: number;
  headers?: Headers;
  body?: unknown;
  nowMs?: number;
  options?: BackoffOptions;
  random?: () => number;
}): number | null {
  const random = input.random ?? Math.random;
  const asked = input.headers ? serverDelayMs(input.headers, input.body, input.nowMs ?? Date.now()) : null;
  if (asked !== null) {
    if (asked > (input.options?.maxServerDelayMs ?? defaults.maxServerDelayMs)) return null;
    return asked + Math.round(random() * 250);
  }
  return backoffDelayMs(input.retry, input.options, random);
}
