import { expect, test } from '@playwright/test';
import { createAccount } from '../fixtures/cli';
import { signIn } from './helpers';

test('Settings › Webhooks reveals, hides, copies and rotates the signing secret', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = createAccount();
  await signIn(page, account.email, account.password);
  await page.goto('/settings/webhooks');

  const secret = page.getByTestId('webhook-secret');
  await expect(secret).toHaveText(/^whsec_•+$/);
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{32}$/);
  const first = (await secret.textContent()) ?? '';
  await page.getByRole('button', { name: 'Hide' }).click();
  await expect(secret).toHaveText(/^whsec_•+$/);
  // Not in the page until asked for.
  await page.reload();
  expect(await page.content()).not.toContain(first);

  await page.getByRole('button', { name: 'Copy secret' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

  // Rotation asks first; Cancel changes nothing.
  await page.getByRole('button', { name: 'Rotate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(secret).toHaveText(first);

  await page.getByRole('button', { name: 'Rotate…' }).click();
  await dialog.getByRole('button', { name: 'Rotate secret' }).click();
  await expect(page.getByRole('status')).toContainText('New secret in place');
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{32}$/);
  const second = (await secret.textContent()) ?? '';
  expect(second).not.toBe(first);
  await page.screenshot({ path: testInfo.outputPath('webhooks.png'), fullPage: true });

  // It is the stored one: a fresh page reveals the new secret.
  await page.reload();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(secret).toHaveText(second);
});
