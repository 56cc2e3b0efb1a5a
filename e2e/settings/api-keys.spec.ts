import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { formAlert, signIn } from './helpers';

test('a key made in Settings › API keys is shown once, works at once, and dies when revoked', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = createAccount();
  await signIn(page, account.email, account.password);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);

  // Create: the full key appears once, with a copy button.
  await page.getByLabel('Key name').fill('Production server');
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByTestId('new-key-value');
  await expect(shown).toHaveText(/^sk-[A-Za-z0-9]{40}$/);
  const key = (await shown.textContent()) ?? '';
  await expect(page.getByTestId('new-key')).toContainText('shown only once');
  await page.screenshot({ path: testInfo.outputPath('api-key-created.png'), fullPage: true });

  await page.getByRole('button', { name: 'Copy key' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  // It works against the API at once.
  const credits = await page.request.get('/api/v1/credits', { headers: bearer(key) });
  expect(credits.status()).toBe(200);
  expect(await credits.json()).toEqual({ success: true, credits: 100, currency: 'credits' });

  // Listed by name and short prefix; the full key is never shown again.
  const row = page.getByTestId('api-key-row').filter({ hasText: 'Production server' });
  await expect(row).toContainText(`${key.slice(0, 10)}…`);
  await expect(row).toContainText('Active');
  await page.reload();
  await expect(page.getByTestId('new-key')).toHaveCount(0);
  expect(await page.content()).not.toContain(key.slice(10));
  await expect(row).not.toContainText('Never'); // last used: just now
  await expect(page.getByTestId('api-key-row')).toHaveCount(2); // and the CLI's key

  // Revoke asks first; Cancel keeps the key.
  await row.getByRole('button', { name: 'Revoke Production server' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke “Production server”?' });
  await expect(dialog).toContainText('API_KEY_INACTIVE');
  await page.screenshot({ path: testInfo.outputPath('api-key-revoke-dialog.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await page.request.get('/api/v1/credits', { headers: bearer(key) })).status()).toBe(200);

  await row.getByRole('button', { name: 'Revoke Production server' }).click();
  await dialog.getByRole('button', { name: 'Revoke key' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  const refused = await page.request.get('/api/v1/credits', { headers: bearer(key) });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ success: false, code: 'API_KEY_INACTIVE' });
  // The account's other key is unaffected.
  expect((await page.request.get('/api/v1/credits', { headers: bearer(account.key) })).status()).toBe(200);
});

test('a key needs a name', async ({ page }) => {
  const account = createAccount();
  await signIn(page, account.email, account.password);
  await page.goto('/settings/api-keys');
  await page.getByLabel('Key name').fill('   ');
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(formAlert(page)).toHaveText('Give the key a name.');
  await expect(page.getByTestId('new-key')).toHaveCount(0);
});
