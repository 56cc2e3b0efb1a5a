import { expect, test, type Browser, type Page } from '@playwright/test';
import { taskCreatedResponse } from '../../lib/contract';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectOk } from '../fixtures/contract';
import { savedConfig, signIn, waitSaved } from './inspector-helpers';

// No lost work: two tabs on one video meet a conflict prompt (never a silent overwrite), unsaved edits survive a
// reload as a local draft, and the JSON panel edits the document with errors by path and one undo step per apply.

let account: Account;
test.beforeAll(() => {
  account = createAccount();
});

async function newTask(page: Page, title: string) {
  const res = await page.request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Hello'), title } });
  return (await expectOk(res, taskCreatedResponse)).taskId;
}

async function openEditor(browser: Browser, taskId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
  return page;
}

const rename = async (page: Page, title: string) => {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Title').press('Tab');
};

const serverTitle = async (page: Page, taskId: string) =>
  ((await (await page.request.get(`/api/v1/video/${taskId}`, { headers: bearer(account.key) })).json()) as { title: string }).title;

test('two tabs: the second save meets the conflict banner; load theirs, then keep mine', async ({ browser }, testInfo) => {
  const taskId = await newTask(await browser.newPage(), 'Shared');
  const a = await openEditor(browser, taskId);
  const b = await openEditor(browser, taskId);

  // Tab A deletes a clip and saves.
  await a.getByTestId('timeline-clip').first().click();
  await a.keyboard.press('Delete');
  await expect(a.getByTestId('timeline-clip')).toHaveCount(1);
  await waitSaved(a);

  // Tab B, still on the old version, renames: refused, said, nothing overwritten.
  await rename(b, 'Renamed in B');
  const banner = b.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(b.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  expect((await savedConfig(b.request, account.key, taskId)).tracks[0]?.clips).toHaveLength(1);
  expect(await serverTitle(b, taskId)).toBe('Shared');
  await b.screenshot({ path: testInfo.outputPath('conflict-banner.png') });

  // Load the other version: B now shows A's document.
  await banner.getByRole('button', { name: 'Load the other version' }).click();
  await expect(banner).toBeHidden();
  await expect(b.getByTestId('timeline-clip')).toHaveCount(1);
  await expect(b.getByLabel('Title')).toHaveValue('Shared');
  await expect(b.getByTestId('save-status')).toHaveText('Saved');

  // B saves on top of it; now A is behind, and chooses to keep its own.
  await rename(b, 'B on top');
  await waitSaved(b);
  await rename(a, 'A insists');
  await expect(a.getByTestId('conflict-banner')).toBeVisible();
  await a.getByTestId('conflict-banner').getByRole('button', { name: 'Keep mine (overwrite)' }).click();
  await expect(a.getByTestId('conflict-banner')).toBeHidden();
  await waitSaved(a);
  expect(await serverTitle(a, taskId)).toBe('A insists');
});

test('unsaved edits survive a reload: the draft is offered and restored', async ({ browser }) => {
  const taskId = await newTask(await browser.newPage(), 'Drafty');
  const page = await openEditor(browser, taskId);
  // The server cannot be reached for saves (the tab is offline, then closed).
  const blockSaves = (route: import('@playwright/test').Route) => (route.request().method() === 'PATCH' ? route.abort() : route.continue());
  await page.route('**/api/v1/video/*', blockSaves);
  await rename(page, 'Only in this browser');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'error');
  await expect.poll(() => page.evaluate((id) => localStorage.getItem(`cutroom:draft:${id}`)?.includes('Only in this browser') ?? false, taskId)).toBe(true);

  await page.reload();
  const prompt = page.getByTestId('draft-prompt');
  await expect(prompt).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Drafty');
  await page.unroute('**/api/v1/video/*', blockSaves);
  await prompt.getByRole('button', { name: 'Restore draft' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByLabel('Title')).toHaveValue('Only in this browser');
  await waitSaved(page);
  expect(await serverTitle(page, taskId)).toBe('Only in this browser');
  // Once the server has it, the draft is gone: the next open asks nothing.
  await page.reload();
  await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
  await expect(page.getByTestId('draft-prompt')).toBeHidden();
});

test('JSON panel: an invalid edit shows its path, a valid one applies, one undo restores', async ({ browser }, testInfo) => {
  const taskId = await newTask(await browser.newPage(), 'Json');
  const page = await openEditor(browser, taskId);
  await page.getByRole('tab', { name: 'JSON' }).click();
  const editor = page.getByTestId('json-editor');
  await expect(editor).toContainText('"fontSize": 24');

  // Selecting a clip marks its JSON.
  await page.getByTestId('timeline-clip').nth(1).click();
  await expect(page.locator('.cm-selected-clip').first()).toContainText('"type": "text"');

  // Type a negative font size: refused by path, not applied.
  await page.locator('.cm-line', { hasText: '"fontSize": 24' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('-5');
  const issues = page.getByTestId('json-issues');
  await expect(issues).toContainText('tracks[0].clips[1].style.fontSize');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('json-panel-error.png') });

  // Fix it and apply with the keyboard: the document changes (and is saved).
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('48');
  await expect(issues).toBeHidden();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Live')).toBeVisible();
  await waitSaved(page);
  expect((await savedConfig(page.request, account.key, taskId)).tracks[0]?.clips[1]?.style).toMatchObject({ fontSize: 48 });

  // One undo: back to 24, in the panel and on the server.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toContainText('"fontSize": 24');
  await waitSaved(page);
  expect((await savedConfig(page.request, account.key, taskId)).tracks[0]?.clips[1]?.style).toMatchObject({ fontSize: 24 });
});
