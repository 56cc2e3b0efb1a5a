import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter, formatWait } from './rate-limit';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('SlidingWindowLimiter', () => {
  it('allows `limit` hits, then limits until the oldest hit leaves the window', () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000, now: c.now });
    expect(limiter.check('a')).toEqual({ isLimited: false, remaining: 3, retryAfterMs: 0 });
    limiter.hit('a');
    c.advance(10_000);
    limiter.hit('a');
    c.advance(10_000);
    expect(limiter.hit('a')).toEqual({ isLimited: true, remaining: 0, retryAfterMs: 40_000 });
    c.advance(39_999);
    expect(limiter.check('a').isLimited).toBe(true);
    c.advance(1);
    expect(limiter.check('a')).toEqual({ isLimited: false, remaining: 1, retryAfterMs: 0 });
  });

  it('slides: hits spread across a window edge still count together', () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, now: c.now });
    c.advance(900);
    limiter.hit('a'); // t = 900
    c.advance(200);
    // A fixed window would have reset at t = 1000; the sliding one still sees the hit at 900.
    expect(limiter.hit('a').isLimited).toBe(true);
    expect(limiter.check('a').retryAfterMs).toBe(800);
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000, now: c.now });
    limiter.hit('a');
    expect(limiter.check('a').isLimited).toBe(true);
    expect(limiter.check('b').isLimited).toBe(false);
    limiter.reset('a');
    expect(limiter.check('a').isLimited).toBe(false);
  });

  it('reports the wait for the hit that frees a slot when over the limit', () => {
    const c = clock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 100, now: c.now });
    for (const step of [0, 10, 10, 10]) {
      c.advance(step);
      limiter.hit('a'); // hits at 0, 10, 20, 30
    }
    // Three hits must leave (0, 10, 20) before fewer than two remain: the one at 20 expires at 120.
    expect(limiter.check('a').retryAfterMs).toBe(90);
  });

  it('sweeps expired keys once it holds maxKeys', () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 100, now: c.now, maxKeys: 2 });
    limiter.hit('a');
    limiter.hit('b');
    c.advance(100);
    limiter.hit('c');
    expect((limiter as unknown as { hits: Map<string, number[]> }).hits.size).toBe(1);
  });

  it('rejects nonsense options', () => {
    expect(() => new SlidingWindowLimiter({ limit: 0, windowMs: 1000 })).toThrow();
    expect(() => new SlidingWindowLimiter({ limit: 1, windowMs: 0 })).toThrow();
  });
});

describe('formatWait', () => {
  it.each([
    [1, '1 second'],
    [29_001, '30 seconds'],
    [60_000, '1 minute'],
    [60_001, '2 minutes'],
    [15 * 60_000, '15 minutes'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});
