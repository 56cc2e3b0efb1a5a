import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let limits: typeof import('./');

beforeAll(async () => {
  useFreshDatabase();
  process.env.RATE_LIMIT_REQUESTS = '5';
  process.env.RATE_LIMIT_RENDERS = '2';
  process.env.RATE_LIMIT_WINDOW_SECONDS = '1';
  limits = await import('./');
});

describe('consumeApiRequest (database store)', () => {
  it('lets exactly the limit through when requests arrive at once, then again after the reset', async () => {
    const states = await Promise.all(Array.from({ length: 20 }, () => limits.consumeApiRequest('requests', 'key:burst')));
    expect(states.filter((s) => s.isAllowed)).toHaveLength(5);
    expect(states.map((s) => s.remaining).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    const refused = states.find((s) => !s.isAllowed)!;
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(1000);
    expect(limits.rateLimitHeaders(refused)).toMatchObject({ 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'retry-after': '1' });
    await new Promise((r) => setTimeout(r, refused.retryAfterMs + 20));
    const after = await limits.consumeApiRequest('requests', 'key:burst');
    expect(after).toMatchObject({ isAllowed: true, remaining: 4 });
    expect(limits.rateLimitHeaders(after)['retry-after']).toBeUndefined();
  });

  it('keeps each subject and each bucket apart', async () => {
    for (let i = 0; i < 2; i++) expect((await limits.consumeApiRequest('renders', 'key:a')).isAllowed).toBe(true);
    expect((await limits.consumeApiRequest('renders', 'key:a')).isAllowed).toBe(false);
    expect(await limits.consumeApiRequest('renders', 'key:b')).toMatchObject({ isAllowed: true, limit: 2, remaining: 1 });
    expect(await limits.consumeApiRequest('requests', 'key:a')).toMatchObject({ isAllowed: true, limit: 5, remaining: 4 });
  });
});
