import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createAccount } from '../fixtures/cli';

// The sign-in limit holds against attempts that arrive at once (next-auth's credentials callback,
// the HTTP endpoint the sign-in form ends up at), not only against one attempt after another.

const base = () => `http://localhost:${process.env.E2E_PORT ?? 3210}`;

/** A client address of its own, so this test's attempts do not use up another test's per-address budget. */
const freshAddress = () => `203.0.113.${1 + randomBytes(1)[0]! % 250}`;

type Outcome = 'signed-in' | 'wrong' | 'rate-limited';

/** One sign-in through next-auth's credentials callback, classified by what it answered. */
async function attempt(email: string, password: string, address: string): Promise<Outcome> {
  const csrf = await fetch(`${base()}/api/auth/csrf`, { headers: { 'x-forwarded-for': address } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base()}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': address },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/dashboard' }),
  });
  const location = res.headers.get('location') ?? '';
  if (res.headers.getSetCookie().some((c) => c.startsWith('authjs.session-token='))) return 'signed-in';
  if (/code=rate_limited/.test(location)) return 'rate-limited';
  expect(location, `unexpected answer ${res.status} ${location}`).toMatch(/error=CredentialsSignin/);
  return 'wrong';
}

test('30 parallel wrong passwords and the right one: at most 5 are evaluated, the rest are refused unseen', async () => {
  const account = createAccount();
  const address = freshAddress();
  const outcomes = await Promise.all([
    ...Array.from({ length: 30 }, (_, i) => attempt(account.email, `wrong-guess-${i}`, address)),
    attempt(account.email, account.password, address),
  ]);
  const right = outcomes.at(-1);
  const evaluated = outcomes.filter((o) => o !== 'rate-limited');
  expect(evaluated.length, `outcomes: ${outcomes.join(',')}`).toBeLessThanOrEqual(5);
  expect(outcomes.filter((o) => o === 'rate-limited').length).toBeGreaterThanOrEqual(26);
  // The right password signs in only if it was one of the few evaluated; a guess never does.
  expect(outcomes.slice(0, 30)).not.toContain('signed-in');
  if (right === 'signed-in') expect(evaluated).toContain('signed-in');
  else expect(right).toBe('rate-limited');
});
