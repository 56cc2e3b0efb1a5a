import { expect, test } from '@playwright/test';
import { bearer, smallConfig } from '../fixtures/api';
import { cli, createAccount } from '../fixtures/cli';
import { signIn } from './helpers';

const ADMIN = { email: 'admin@example.test', password: 'admin-pass-1' }; // ADMIN_EMAILS in playwright.config.ts

test('the admin page is for ADMIN_EMAILS only', async ({ page }, testInfo) => {
  const member = createAccount({ credits: 70 });
  await page.request.post('/api/v1/video', { headers: bearer(member.key), data: { config: smallConfig() } });

  // A member sees no Admin link, and /admin does not exist for them.
  await signIn(page, member.email, member.password);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();

  try {
    cli('user', 'create', '--email', ADMIN.email, '--password', ADMIN.password);
  } catch {
    // already made by an earlier run against the same server
  }
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const row = page.getByTestId('admin-account-row').filter({ hasText: member.email });
  const cells = (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(cells.slice(0, 6)).toEqual([member.email, 'Free', '70', '1', '0 B / 64 MB', '0']);
  await expect(page.getByTestId('admin-account-row').filter({ hasText: ADMIN.email })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('admin.png'), fullPage: true });
});
