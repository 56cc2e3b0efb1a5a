import { RateLimiterRes } from 'rate-limiter-flexible';
import { getSettings } from '../../config';
import { createLimiter } from './create-limiter';

/** Which of the RATE_LIMIT_* budgets a route spends: uploads and renders have their own, lower ones. */
export type ApiRateBucket = 'requests' | 'uploads' | 'renders';

/** One caller's budget after a request: what the X-RateLimit-* headers say. */
export interface ApiRateState {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** When the window ends (ms since the epoch). */
  resetAtMs: number;
  /** When refused: how long until a request may succeed (0 otherwise). */
  retryAfterMs: number;
}

/**
 * Counts one /api/v1 request of `subject` (an API key id, `user:<id>` for the session, `ip:<address>`
 * without auth) against its bucket, across every app process. Never throws: a store failure falls back
 * to the per-process insurance limiter inside createLimiter.
 */
export async function consumeApiRequest(bucket: ApiRateBucket, subject: string): Promise<ApiRateState> {
  const settings = getSettings().rateLimit;
  const limit = settings[bucket];
  const limiter = createLimiter({ name: `api-${bucket}`, points: limit, durationSeconds: settings.windowSeconds });
  const now = Date.now();
  try {
    const res = await limiter.consume(subject);
    return { isAllowed: true, limit, remaining: res.remainingPoints, resetAtMs: now + res.msBeforeNext, retryAfterMs: 0 };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const wait = Math.max(1, refusal.msBeforeNext);
    return { isAllowed: false, limit, remaining: 0, resetAtMs: now + wait, retryAfterMs: wait };
  }
}

/** The X-RateLimit-* headers (Reset in Unix seconds, like GitHub's) and, when refused, Retry-After in seconds. */
export function rateLimitHeaders(state: ApiRateState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-reset': String(Math.ceil(state.resetAtMs / 1000)),
    ...(state.isAllowed ? {} : { 'retry-after': String(Math.ceil(state.retryAfterMs / 1000)) }),
  };
}
