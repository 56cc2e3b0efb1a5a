import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createAccount } from '../fixtures/cli';
import { signInOverHttp } from '../fixtures/session';

// The sign-in limit holds against attempts that arrive at once (next-auth's credentials callback,
// the HTTP endpoint the sign-in form ends up at), not only against one attempt after another.

/** A client address of its own, so this test's attempts do not use up another test's per-address budget. */
const freshAddress = () => `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;

const attempt = async (email: string, password: string, address: string) => (await signInOverHttp(email, password, address)).outcome;

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
