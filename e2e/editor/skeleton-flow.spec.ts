import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { ffprobe } from '../fixtures/ffprobe';

test('sign up → new video → add and move a text clip → preview → render → play and download', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const email = `editor-${randomBytes(4).toString('hex')}@example.test`;

  // Sign up; land on an empty dashboard.
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct-horse-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('empty-videos')).toBeVisible();

  // New video opens the editor: 1920×1080 at 30 fps, one track, a Player, a timeline with a playhead.
  await page.getByRole('button', { name: 'New video' }).click();
  await expect(page).toHaveURL(/\/editor\/[A-Za-z0-9]{22}$/);
  await expect(page.getByTestId('preview')).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('playhead')).toBeVisible();
  await expect(page.getByLabel('Width')).toHaveValue('1920');
  await expect(page.getByLabel('Height')).toHaveValue('1080');
  await expect(page.getByLabel('FPS')).toHaveValue('30');

  // A small canvas so the render is quick.
  await page.getByLabel('Width').fill('320');
  await page.getByLabel('Width').press('Tab');
  await page.getByLabel('Height').fill('180');
  await page.getByLabel('Height').press('Tab');

  // An empty video says how to start, on the canvas.
  await expect(page.getByTestId('empty-canvas-hint')).toContainText('Drop video, images or audio here');

  // Add a text clip and type its text: the preview shows it at once.
  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add title' }).click();
  const clip = page.getByTestId('timeline-clip').first();
  await expect(clip).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('empty-canvas-hint')).toHaveCount(0);
  // The title fades in from the playhead, so it is transparent there: the canvas outlines it, says so and
  // offers the first frame where it shows; that button moves the playhead there.
  await expect(page.getByTestId('selection-outline')).toBeVisible();
  const note = page.getByTestId('transparent-note');
  await expect(note).toContainText('Transparent at this frame');
  await page.screenshot({ path: testInfo.outputPath('transparent-note.png') });
  await note.getByRole('button', { name: /^Show at 00:00:/ }).click();
  await expect(note).toHaveCount(0);
  const shownAt = Number(await page.getByTestId('playhead').getAttribute('data-frame'));
  expect(shownAt).toBeGreaterThan(0);
  expect(shownAt).toBeLessThanOrEqual(15); // within the 0.5 s fade at 30 fps
  await expect(page.getByTestId('selection-outline')).toBeVisible();
  const text = page.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill('Hello from Playwright');
  await expect(page.getByTestId('preview')).toContainText('Hello from Playwright');
  await page.getByLabel('Duration').fill('2');
  await page.getByLabel('Duration').press('Tab');

  // Move it on the timeline with the mouse: its start changes.
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue('0');
  const box = await clip.boundingBox();
  if (!box) throw new Error('clip has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByLabel('Start', { exact: true })).not.toHaveValue('0');
  const start = Number(await page.getByLabel('Start', { exact: true }).inputValue());
  expect(start).toBeGreaterThan(0);
  expect(start).toBeLessThan(3);

  // Undo puts it back, redo moves it again: a drag is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue('0');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue(String(start));

  // Play: the playhead moves.
  const playheadBefore = await page.getByTestId('playhead').boundingBox();
  await page.getByTestId('timeline').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.locator('body').press('Space');
  await page.waitForTimeout(800);
  await page.locator('body').press('Space');
  const playheadAfter = await page.getByTestId('playhead').boundingBox();
  expect(playheadAfter?.x).not.toBe(playheadBefore?.x);

  // Saved to the server.
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.screenshot({ path: testInfo.outputPath('editor.png') });

  // Render: progress shows, then the MP4 plays in the page and downloads.
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  await page.getByTestId('render-cost-dialog').getByRole('button', { name: /^Render for/ }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  const output = page.getByTestId('render-output');
  await expect(output).toBeVisible({ timeout: 150_000 });
  await expect.poll(() => output.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  const duration = await output.evaluate((v: HTMLVideoElement) => v.duration);
  expect(duration).toBeGreaterThan(start + 1.9);
  await page.screenshot({ path: testInfo.outputPath('rendered.png') });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download MP4' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('download.mp4');
  await download.saveAs(file);
  const probe = ffprobe(file);
  const video = probe.streams.find((s) => s.codec_type === 'video');
  expect(video).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
  expect(probe.duration).toBeGreaterThan(start + 1.9);
  expect(probe.duration).toBeLessThan(start + 2.2);

  // The dashboard lists it as completed.
  await page.goto('/dashboard');
  await expect(page.getByTestId('video-list')).toContainText('completed');
  // With its thumbnail (a real image that loaded).
  const thumb = page.getByTestId('video-thumbnail');
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
});

test('sign-in with a wrong password says so', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('nobody@example.test');
  await page.getByLabel('Password').fill('wrong-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/signin/);
});
