import { expect, test } from '@playwright/test';
import { createAccount } from '../fixtures/cli';

// After sign-in, `next=` only leads to a path on this site: the forms browsers read as another host
// (`/\evil.example`, `/\/…`, `/<tab>/…`) land on the dashboard instead.

for (const next of ['/%5Cevil.example/phish', '/%5C/evil.example', '/%09/evil.example', '//evil.example']) {
  test(`signing in with next=${next} stays on this site`, async ({ page }) => {
    const account = createAccount();
    await page.goto(`/signin?next=${next}`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(new URL(page.url()).host).toBe(`localhost:${process.env.E2E_PORT ?? 3210}`);
  });
}

test('a same-site next= is still honoured', async ({ page }) => {
  const account = createAccount();
  await page.goto('/signin?next=/settings/api-keys');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
});
