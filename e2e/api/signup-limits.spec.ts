import type { Browser } from '@playwright/test';
import { expect, test } from '../fixtures/limited-servers';

// Sign-up on a server with SIGNUP=invite, SIGNUP_EMAIL_DOMAINS=team.example and RATE_LIMIT_SIGNUPS=4
// (e2e/fixtures/limited-servers.ts): the team's addresses sign up freely, others with an invite code made
// with the CLI (once), and one client address gets 4 attempts per hour, whatever they were.

async function submitSignUp(browser: Browser, url: string, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('good-pass-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  return page;
}

const alertOf = (page: import('@playwright/test').Page) => page.locator('form [role="alert"]');

test('invite-only sign-up: domain members freely, others with a one-time invite, 4 attempts per address', async ({ browser, limited }) => {
  const signup = `${limited.urls[0]}/signup`;
  const suffix = Date.now().toString(36);

  const refused = await submitSignUp(browser, signup, `guest-${suffix}@else.test`);
  await expect(alertOf(refused)).toHaveText('Sign-up is open to @team.example addresses; others need an invite code.');
  await expect(refused.getByText('Not needed for @team.example addresses.')).toBeVisible();

  const code = (await limited.cli('invite', 'create', '--note', 'e2e guest')).trim().split('\n').at(-1) ?? '';
  expect(code).toMatch(/^inv_/);
  const invited = await submitSignUp(browser, `${signup}?invite=${code}`, `guest-${suffix}@else.test`);
  await expect(invited).toHaveURL(/\/dashboard$/);

  const reused = await submitSignUp(browser, `${signup}?invite=${code}`, `other-${suffix}@else.test`);
  await expect(alertOf(reused)).toHaveText('This invite code is not valid, has expired or was already used.');

  // The other app process shares the count: the 4th attempt is the last.
  const member = await submitSignUp(browser, `${limited.urls[1]}/signup`, `me-${suffix}@team.example`);
  await expect(member).toHaveURL(/\/dashboard$/);
  const limitedPage = await submitSignUp(browser, signup, `late-${suffix}@team.example`);
  await expect(alertOf(limitedPage)).toHaveText(/^Too many sign-ups from your network\. Wait (60|59) minutes, then try again\.$/);
  await expect(limitedPage.getByRole('button', { name: /^Try again in (60:00|59:\d\d)$/ })).toBeDisabled();
});
