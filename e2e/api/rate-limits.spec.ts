import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { expectError } from '../fixtures/contract';
import { expect, test } from '../fixtures/limited-servers';

// Rate limits on /api/v1 (RATE_LIMIT_*): headers on every answer, 429 RATE_LIMITED with Retry-After past the
// budget, counted per API key across app processes. The low limits run on two extra app processes that share
// one database (e2e/fixtures/limited-servers.ts: 6 requests and 2 renders per 6 s).

const numberHeader = (headers: Record<string, string>, name: string) => {
  expect(headers[name], name).toMatch(/^\d+$/);
  return Number(headers[name]);
};

test('every /api/v1 answer carries X-RateLimit-Limit, -Remaining and -Reset, errors included', async ({ request }) => {
  const { key } = createAccount();
  const first = await request.get('/api/v1/credits', { headers: bearer(key) });
  const second = await request.get('/api/v1/credits', { headers: bearer(key) });
  expect(second.status()).toBe(200);
  const limit = numberHeader(first.headers(), 'x-ratelimit-limit');
  expect(limit).toBeGreaterThan(1);
  expect(numberHeader(second.headers(), 'x-ratelimit-remaining')).toBe(numberHeader(first.headers(), 'x-ratelimit-remaining') - 1);
  const reset = numberHeader(second.headers(), 'x-ratelimit-reset');
  expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
  expect(second.headers()['retry-after']).toBeUndefined();
  // A refused key and a public route answer with the client address's budget.
  const anonymous = await request.get('/api/v1/credits', { headers: bearer('sk-doesnotexist00000000000000000000000000') });
  await expectError(anonymous, 401, 'INVALID_API_KEY');
  numberHeader(anonymous.headers(), 'x-ratelimit-remaining');
  numberHeader((await request.get('/api/v1/capabilities')).headers(), 'x-ratelimit-limit');
});

test('a burst over the limit, spread over two app processes, gets 429 with Retry-After, then succeeds after it', async ({ limited }) => {
  const { key } = await limited.createAccount();
  const otherKey = (await limited.createAccount()).key;
  const get = (i: number) => fetch(`${limited.urls[i % 2]}/api/v1/credits`, { headers: bearer(key) });
  // Six at once, three on each process: one budget, so the remaining counts are 5…0 once each.
  const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => get(i)));
  expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(burst.map((r) => Number(r.headers.get('x-ratelimit-remaining'))).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  // Both processes refuse the next ones.
  const [refused, alsoRefused] = await Promise.all([get(1), get(0)]);
  expect(alsoRefused.status).toBe(429);
  expect(refused.status).toBe(429);
  expect(await refused.json()).toMatchObject({ success: false, code: 'RATE_LIMITED', details: { limit: 6 } });
  expect(refused.headers.get('x-ratelimit-limit')).toBe('6');
  expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(6);
  // Another key is not affected.
  expect((await fetch(`${limited.urls[0]}/api/v1/credits`, { headers: bearer(otherKey) })).status).toBe(200);
  await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
  const after = await get(0);
  expect(after.status).toBe(200);
  expect(after.headers.get('x-ratelimit-remaining')).toBe('5');
});

test('renders have their own lower budget; other requests of the key go on', async ({ limited }) => {
  const { key } = await limited.createAccount();
  const render = () => fetch(`${limited.urls[0]}/api/v1/video/no-such-task/render`, { method: 'POST', headers: bearer(key) });
  for (let i = 0; i < 2; i++) {
    const res = await render();
    expect(res.status).toBe(404);
    expect(res.headers.get('x-ratelimit-limit')).toBe('2');
  }
  const refused = await render();
  expect(refused.status).toBe(429);
  expect(((await refused.json()) as { code: string }).code).toBe('RATE_LIMITED');
  expect((await fetch(`${limited.urls[1]}/api/v1/credits`, { headers: bearer(key) })).status).toBe(200);
});

test('guessing keys is limited per client address', async ({ limited }) => {
  const guesses = await Promise.all(
    Array.from({ length: 8 }, (_, i) => fetch(`${limited.urls[i % 2]}/api/v1/credits`, { headers: bearer(`sk-guess${i}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`) })),
  );
  const statuses = guesses.map((r) => r.status).sort();
  expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
});
