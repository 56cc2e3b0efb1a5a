import { expect, test } from '@playwright/test';
import { bearer, smallConfig } from '../fixtures/api';
import { cli, createAccount } from '../fixtures/cli';
import { signIn } from './helpers';

test('Settings › Credits shows the balance, the ledger after CLI grants and a render, usage and the calculator', async ({ page }, testInfo) => {
  const account = createAccount({ credits: 40 });
  cli('credits', 'grant', '--email', account.email, '--amount', '250', '--note', 'Welcome bonus');
  cli('credits', 'grant', '--email', account.email, '--amount', '-30', '--note', 'Correction');
  // A render of 2 s at 320×180 costs 2 credits.
  const created = await page.request.post('/api/v1/video', {
    headers: bearer(account.key),
    data: { config: { ...smallConfig('Ledger', 2), meta: { ...smallConfig().meta, title: 'Ledger test' } } },
  });
  const { taskId } = (await created.json()) as { taskId: string };
  expect((await page.request.post(`/api/v1/video/${taskId}/render`, { headers: bearer(account.key), data: {} })).status()).toBe(200);

  await signIn(page, account.email, account.password);
  await page.getByTestId('credit-balance').click();
  await expect(page).toHaveURL(/\/settings\/credits$/);
  await expect(page.getByTestId('credits-balance')).toHaveText('258 credits');
  await expect(page.getByTestId('renders-this-month')).toHaveText('1');
  await expect(page.getByTestId('storage-used')).toHaveText('0 B of 64 MB');
  await expect(page.getByRole('meter', { name: 'Storage used' })).toHaveAttribute('aria-valuemax', String(64 * 1024 ** 2));

  // Every movement, newest first, with the balance it left.
  const rows = page.getByTestId('ledger-row');
  await expect(rows).toHaveCount(4);
  const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(await cells(0)).toEqual(['Render · Ledger test', '−2', '258']);
  expect(await cells(1)).toEqual(['Adjustment Correction', '−30', '260']);
  expect(await cells(2)).toEqual(['Credits granted Welcome bonus', '+250', '290']);
  expect(await cells(3)).toEqual(['Sign-up credits', '+40', '40']);
  await page.screenshot({ path: testInfo.outputPath('credits.png'), fullPage: true });

  // The calculator: duration × the quality multiplier.
  await page.getByLabel('Duration (seconds)').fill('10');
  await page.getByLabel('Canvas').selectOption('1080p (1920×1080)');
  await expect(page.getByTestId('calculated-cost')).toHaveText('15 credits');
  await page.getByLabel('Canvas').selectOption('4K (3840×2160)');
  await expect(page.getByTestId('calculated-cost')).toHaveText('30 credits');
  await page.getByLabel('Width').fill('640');
  await page.getByLabel('Height').fill('360');
  await page.getByLabel('Duration (seconds)').fill('2.5');
  await expect(page.getByTestId('calculated-cost')).toHaveText('3 credits');
  await page.getByLabel('Duration (seconds)').fill('300');
  await expect(page.getByText('More than your balance (258).')).toBeVisible();

  // The render's row links to its video.
  await rows.nth(0).getByRole('link', { name: 'Ledger test' }).click();
  await expect(page).toHaveURL(new RegExp(`/editor/${taskId}$`));
});
