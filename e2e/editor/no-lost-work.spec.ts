import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { taskCreatedResponse } from '../../lib/contract';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectOk } from '../fixtures/contract';
import { signInOverHttp } from '../fixtures/session';
import { savedConfig, waitSaved } from './inspector-helpers';

// No lost work: two tabs on one video meet a conflict prompt (never a silent overwrite), unsaved edits survive a
// reload as a local draft, and the JSON panel edits the document with errors by path and one undo step per apply.

let account: Account;
/** The session cookie (signed in once over HTTP: each context is a signed-in tab). */
let session: { name: string; value: string };
test.beforeAll(async () => {
  account = createAccount();
  const { cookie } = await signInOverHttp(account.email, account.password);
  const [name = '', value = ''] = cookie.split(/=(.*)/s);
  session = { name, value };
});

async function newTask(request: APIRequestContext, title: string) {
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Hello'), title } });
  return (await expectOk(res, taskCreatedResponse)).taskId;
}

async function openEditor(browser: Browser, taskId: string) {
  const context = await browser.newContext();
  await context.addCookies([{ ...session, url: `http://localhost:${process.env.E2E_PORT ?? 3210}` }]);
  const page = await context.newPage();
  await page.goto(`/editor/${taskId}`);
  await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
  return page;
}

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });
const rename = async (page: Page, title: string) => {
  await page.bringToFront(); // two windows: the one in front is the one a person types in
  await titleField(page).fill(title);
  await titleField(page).press('Tab');
};

const serverTitle = async (request: APIRequestContext, taskId: string) =>
  ((await (await request.get(`/api/v1/video/${taskId}`, { headers: bearer(account.key) })).json()) as { title: string }).title;

test('two tabs: the second save meets the conflict banner; load theirs, then keep mine', async ({ browser, request }, testInfo) => {
  const taskId = await newTask(request, 'Shared');
  const a = await openEditor(browser, taskId);
  const b = await openEditor(browser, taskId);

  // Tab A deletes a clip and saves.
  await a.bringToFront();
  await a.getByTestId('timeline-clip').nth(1).click(); // the text, drawn over the rect
  await a.keyboard.press('Delete');
  await expect(a.getByTestId('timeline-clip')).toHaveCount(1);
  await waitSaved(a);

  // Tab B, still on the old version, renames: refused, said, nothing overwritten.
  await rename(b, 'Renamed in B');
  const banner = b.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(b.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  expect((await savedConfig(b.request, account.key, taskId)).tracks[0]?.clips).toHaveLength(1);
  expect(await serverTitle(b.request, taskId)).toBe('Shared');
  await b.screenshot({ path: testInfo.outputPath('conflict-banner.png') });

  // Load the other version: B now shows A's document.
  await b.bringToFront();
  await banner.getByRole('button', { name: 'Load the other version' }).click();
  await expect(banner).toBeHidden();
  await expect(b.getByTestId('timeline-clip')).toHaveCount(1);
  await expect(titleField(b)).toHaveValue('Shared');
  await expect(b.getByTestId('save-status')).toHaveText('Saved');

  // B saves on top of it; now A is behind, and chooses to keep its own.
  await rename(b, 'B on top');
  await waitSaved(b);
  await rename(a, 'A insists');
  await expect(a.getByTestId('conflict-banner')).toBeVisible();
  await a.bringToFront();
  await a.getByTestId('conflict-banner').getByRole('button', { name: 'Keep mine (overwrite)' }).click();
  await expect(a.getByTestId('conflict-banner')).toBeHidden();
  await waitSaved(a);
  expect(await serverTitle(a.request, taskId)).toBe('A insists');
});

test('unsaved edits survive a crash: the draft is offered on the next open and restored', async ({ browser, request }) => {
  const taskId = await newTask(request, 'Drafty');
  const page = await openEditor(browser, taskId);
  // The server cannot be reached for saves (offline), then the tab crashes: no unload handler runs.
  await page.route('**/api/v1/video/*', (route) => (route.request().method() === 'PATCH' ? route.abort() : route.continue()));
  await rename(page, 'Only in this browser');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'error');
  await expect.poll(() => page.evaluate((id) => localStorage.getItem(`cutroom:draft:${id}`)?.includes('Only in this browser') ?? false, taskId)).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined); // answers never: the renderer is gone
  await crashed;
  expect(await serverTitle(request, taskId)).toBe('Drafty');

  const again = await page.context().newPage();
  await again.goto(`/editor/${taskId}`);
  const prompt = again.getByTestId('draft-prompt');
  await expect(prompt).toBeVisible();
  await expect(titleField(again)).toHaveValue('Drafty');
  await prompt.getByRole('button', { name: 'Restore draft' }).click();
  await expect(prompt).toBeHidden();
  await expect(titleField(again)).toHaveValue('Only in this browser');
  await waitSaved(again);
  expect(await serverTitle(request, taskId)).toBe('Only in this browser');
  // Once the server has it, the draft is gone: the next open asks nothing.
  await again.reload();
  await expect(again.getByTestId('timeline-clip')).toHaveCount(2);
  await expect(again.getByTestId('draft-prompt')).toBeHidden();
});

test('JSON panel: an invalid edit shows its path, a valid one applies, one undo restores', async ({ browser, request }, testInfo) => {
  const taskId = await newTask(request, 'Json');
  const page = await openEditor(browser, taskId);
  await page.getByRole('tab', { name: 'JSON' }).click();
  const editor = page.getByTestId('json-editor');
  await expect(editor).toContainText('"fontSize": 24');

  // Selecting a clip marks its JSON.
  await page.getByTestId('timeline-clip').nth(1).click();
  await expect(page.locator('.cm-selected-clip', { hasText: 'Hello' }).first()).toBeVisible();
  await expect(page.locator('.cm-selected-clip', { hasText: 'rect' })).toHaveCount(0);

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
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await waitSaved(page);
  expect((await savedConfig(page.request, account.key, taskId)).tracks[0]?.clips[1]?.style).toMatchObject({ fontSize: 48 });

  // One undo: back to 24, in the panel and on the server.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toContainText('"fontSize": 24');
  await waitSaved(page);
  expect((await savedConfig(page.request, account.key, taskId)).tracks[0]?.clips[1]?.style).toMatchObject({ fontSize: 24 });
});
