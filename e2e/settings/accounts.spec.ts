import { expect, test } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { failSignIn, formAlert, signIn, signOut, uniqueEmail } from './helpers';

test('sign-up shows the password rules up front, refuses a weak password and a taken email, then signs in', async ({ page }) => {
  const email = uniqueEmail('signup');
  await page.goto('/signup');
  await expect(page.getByText('At least 8 characters, with at least one letter and one number.')).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('lettersonly');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(formAlert(page)).toHaveText('Password needs at least one letter and one number.');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('good-pass-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('credit-balance')).toHaveText('100 credits');

  // The header leads to the settings, which know the account.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page');

  // The same email again is refused with a clear message.
  await signOut(page);
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Password').fill('good-pass-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(formAlert(page)).toHaveText('An account with this email already exists.');
});

test('a wrong password says so; after 5 failures the form says how long to wait and counts it down', async ({ page }) => {
  const account = createAccount();
  expect(await failSignIn(page, account.email, 'wrong-pass-1')).toBe('Wrong email or password.');
  for (let i = 2; i <= 4; i++) expect(await failSignIn(page, account.email, `wrong-pass-${i}`)).toBe('Wrong email or password.');
  // The fifth failure starts the delay (30 s, doubling with each further failure) and says so.
  expect(await failSignIn(page, account.email, 'wrong-pass-5')).toMatch(
    /^Wrong email or password\. Too many failed sign-in attempts for this account\. Wait (2\d|30) seconds, then try again\.$/,
  );
  const button = page.getByRole('button', { name: /^Try again in 0:[0-3]\d$/ });
  await expect(button).toBeDisabled();
  // Coming back to the page: the same wait, the right password included.
  await page.goto('/signin');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-in attempts for this account\. Wait (1\d|2\d|30) seconds, then try again\.$/);
  await expect(page).toHaveURL(/\/signin/);
  // Another account is not affected.
  const other = createAccount();
  await signIn(page, other.email, other.password);
});

test('every signed-in page sends a visitor without a session to sign-in', async ({ page }) => {
  const account = createAccount();
  const task = await page.request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig() } });
  const { taskId } = (await task.json()) as { taskId: string };
  for (const path of ['/dashboard', '/settings', '/settings/account', '/settings/api-keys', '/settings/credits', '/settings/webhooks', '/admin', `/editor/${taskId}`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin$/);
  }
});

test('changing the password needs the current one; afterwards only the new one signs in, and other sessions end', async ({ page, browser }) => {
  const account = createAccount();
  // Another browser signed in to the same account, e.g. a laptop left signed in elsewhere.
  const elsewhere = await browser.newPage();
  await signIn(elsewhere, account.email, account.password);
  expect((await elsewhere.request.get('/api/v1/credits')).status()).toBe(200);

  await signIn(page, account.email, account.password);
  await page.goto('/settings/account');
  const form = page.getByRole('form', { name: 'Change password' });
  await expect(form.getByText('At least 8 characters, with at least one letter and one number.')).toBeVisible();

  await form.getByLabel('Current password').fill('not-my-password-1');
  await form.getByLabel('New password').fill('brand-new-pass-2');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('Your current password is not correct.');

  await form.getByLabel('Current password').fill(account.password);
  await form.getByLabel('New password').fill('brand-new-pass-2');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toContainText('Password changed');
  await expect(form.getByLabel('New password')).toHaveValue('');

  // This session goes on; the other one is over, for pages and for the API alike.
  await expect(page).toHaveURL(/\/settings\/account\?password=changed$/);
  await page.goto('/settings/account');
  await expect(page.getByTestId('account-email')).toHaveText(account.email);
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/signin$/);
  const stale = await elsewhere.request.get('/api/v1/credits');
  expect(stale.status()).toBe(401);
  await elsewhere.close();

  await signOut(page);
  expect(await failSignIn(page, account.email, account.password)).toBe('Wrong email or password.');
  await signIn(page, account.email, 'brand-new-pass-2');
});

test('deleting the account removes its videos and files, signs out, and kills its keys', async ({ page }) => {
  test.setTimeout(180_000);
  const account = createAccount();

  // A rendered video: its config and MP4 are public URLs until the account goes.
  const created = await page.request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Bye', 1) } });
  const task = (await created.json()) as { taskId: string; configUrl: string };
  expect((await page.request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })).status()).toBe(200);
  const { body: done } = await waitForRender(page.request, task.taskId, account.key);
  expect(done.status, String(done.error)).toBe('completed');
  const videoUrl = String(done.videoUrl);
  expect((await page.request.get(task.configUrl)).status()).toBe(200);
  expect((await page.request.get(videoUrl)).status()).toBe(200);

  await signIn(page, account.email, account.password);
  await page.goto('/settings/account');
  const form = page.getByRole('form', { name: 'Delete account' });
  const button = form.getByRole('button', { name: 'Delete my account' });
  await expect(button).toBeDisabled();
  await form.getByRole('textbox').fill('someone-else@example.test');
  await expect(button).toBeDisabled();
  await form.getByRole('textbox').fill(account.email);
  await button.click();

  await expect(page).toHaveURL(/\/signin\?deleted=1$/);
  await expect(page.getByRole('status')).toHaveText('Your account and everything in it were deleted.');

  expect((await page.request.get(task.configUrl)).status()).toBe(404);
  expect((await page.request.get(videoUrl)).status()).toBe(404);
  const credits = await page.request.get('/api/v1/credits', { headers: bearer(account.key) });
  expect(credits.status()).toBe(401);
  expect(await credits.json()).toMatchObject({ success: false, code: 'USER_NOT_FOUND' });
  expect(await failSignIn(page, account.email, account.password)).toBe('Wrong email or password.');
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/signin$/);
});
