import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { ffprobe } from '../fixtures/ffprobe';
import { allClips, centrePixel, deselect, makeClipVideo, makeMusic, savedConfig, selectClip, signIn, timelineClip, upload, waitSaved } from './inspector-helpers';

// The inspector, the Elements panel and the render cost flow, driven in a real Chromium with real
// media (ffmpeg-made, uploaded through the API) against the real server.

const shots = '/tmp/shots-inspector';

/** A 320×180 video: a text, a 2 s video clip at 3 s (so the first 3 s are the black canvas) and 5 s of music. */
async function createTask(request: APIRequestContext, account: Account) {
  const videoUrl = await upload(request, account.key, 'bars.mp4', 'video/mp4', makeClipVideo());
  const musicUrl = await upload(request, account.key, 'music.wav', 'audio/wav', makeMusic());
  const config = {
    meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' },
    tracks: [
      { clips: [{ type: 'video', src: videoUrl, start: 3, duration: 2, transform: { x: '50%', y: '50%', width: '100%', height: '100%' } }] },
      { clips: [{ type: 'text', text: 'Hello', start: 0, duration: 5, transform: { x: 160, y: 30 }, style: { fill: '#ffffff', fontSize: 24 } }] },
      { clips: [{ type: 'audio', src: musicUrl, start: 0, duration: 5 }] },
    ],
  };
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(res.status()).toBe(200);
  return (await res.json()).taskId as string;
}

async function openEditor(page: Page, account: Account, taskId: string) {
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('inspector')).toBeVisible();
}

const field = (page: Page, label: string) => page.getByTestId('inspector').getByLabel(label, { exact: true });

async function typeInto(page: Page, label: string, value: string) {
  const input = field(page, label);
  await input.fill(value);
  await input.press('Tab');
}

test('animation, transition, font, volume and fades set in the inspector reach the saved config and the preview; then render at the shown cost', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const account = createAccount({ credits: 50 });
  const taskId = await createTask(request, account);
  await openEditor(page, account, taskId);

  // Elements → Rectangle: a blue box in the middle of the black canvas, selected.
  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add rectangle' }).click();
  const rect = timelineClip(page, 'rect');
  await expect(rect).toHaveAttribute('data-selected', 'true');

  // Entry animation: a linear 1 s fade-in, and a wipe transition.
  await page.getByRole('button', { name: 'Add entry animation' }).click();
  const entry = page.getByRole('group', { name: /Entry animation/ });
  await expect(entry.getByLabel('Type', { exact: true })).toHaveValue('fadeIn');
  await entry.getByLabel('Easing', { exact: true }).selectOption('linear');
  await entry.getByLabel('Length', { exact: true }).fill('1');
  await entry.getByLabel('Length', { exact: true }).press('Tab');
  await expect(entry.getByRole('img', { name: 'Preview of Fade in' })).toBeVisible();
  await field(page, 'Transition').selectOption('wipe');
  await typeInto(page, 'Transition length', '0.4');

  // Half-way through the fade (0.5 s) the box is half transparent over black: half its blue.
  await deselect(page);
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('playhead')).toBeVisible();
  // The Player takes the document deferred (after the timeline and the selection frame), so wait until it shows the
  // fade (blue between black and the box's full 246) before reading the pixel.
  await expect
    .poll(async () => { const blue = (await centrePixel(page, page.getByTestId('preview')))[2]; return blue > 100 && blue < 200; }, { timeout: 10_000 })
    .toBe(true);
  const [r, g, b] = await centrePixel(page, page.getByTestId('preview'));
  // #3b82f6 = (59, 130, 246) at 50 % over black → about (30, 65, 123).
  expect(Math.abs(r - 30)).toBeLessThan(14);
  expect(Math.abs(g - 65)).toBeLessThan(14);
  expect(Math.abs(b - 123)).toBeLessThan(14);
  await page.getByTestId('preview').screenshot({ path: testInfo.outputPath('fade-half-way.png') });

  // The text: an installed serif font; the preview draws it with that family.
  await selectClip(page, timelineClip(page, 'text'));
  await field(page, 'Font').selectOption('DejaVu Serif');
  await expect
    .poll(() => page.getByTestId('preview').getByText('Hello').evaluate((el) => getComputedStyle(el).fontFamily))
    .toContain('DejaVu Serif');

  // The music: half volume, half-second fades.
  await selectClip(page, timelineClip(page, 'audio'));
  await typeInto(page, 'Volume', '0.5');
  await typeInto(page, 'Fade in', '0.5');
  await typeInto(page, 'Fade out', '0.5');

  await waitSaved(page);
  const config = await savedConfig(request, account.key, taskId);
  const clips = allClips(config);
  expect(clips.find((c) => c.type === 'rect')).toMatchObject({
    animations: [{ type: 'fadeIn', duration: 1, easing: 'linear' }],
    transition: { type: 'wipe', duration: 0.4 },
  });
  expect(clips.find((c) => c.type === 'text')).toMatchObject({ style: { fontFamily: 'DejaVu Serif' } });
  expect(clips.find((c) => c.type === 'audio')).toMatchObject({ volume: 0.5, fadeIn: 0.5, fadeOut: 0.5 });

  // Render: first the cost (5 s at the 720p tier = 5 credits of 50), then progress, then the MP4.
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  const dialog = page.getByTestId('render-cost-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('cost-duration')).toHaveText('5 s');
  await expect(dialog.getByTestId('cost-quality')).toContainText('720p');
  await expect(dialog.getByTestId('cost-credits')).toHaveText('5 credits');
  await expect(dialog.getByTestId('cost-balance')).toHaveText('50 credits');
  await expect(dialog.getByTestId('cost-balance-after')).toHaveText('45 credits');
  await page.screenshot({ path: `${shots}/cost-dialog-1440.png` });
  const shownCost = Number(await dialog.getByTestId('cost-credits').getAttribute('data-credits'));
  await dialog.getByRole('button', { name: 'Render for 5 credits' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('progressbar')).toBeVisible();

  const output = page.getByTestId('render-output');
  await expect(output).toBeVisible({ timeout: 180_000 });
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download MP4' }).click();
  const file = testInfo.outputPath('render.mp4');
  await (await downloadPromise).saveAs(file);
  const probe = ffprobe(file);
  expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
  expect(probe.streams.some((s) => s.codec_type === 'audio' && s.codec_name === 'aac')).toBe(true);
  expect(probe.duration).toBeGreaterThan(4.9);
  expect(probe.duration).toBeLessThan(5.2);
  expect(fs.statSync(file).size).toBeGreaterThan(1000);

  // What was charged is what the dialog said.
  const balance = await (await request.get('/api/v1/credits', { headers: bearer(account.key) })).json();
  expect(50 - Number(balance.credits)).toBe(shownCost);
});

test('an out-of-range value is refused at the field with a message and never reaches the document', async ({ page, request }) => {
  const account = createAccount({ credits: 10 });
  const taskId = await createTask(request, account);
  await openEditor(page, account, taskId);

  await selectClip(page, timelineClip(page, 'text'));
  const opacity = field(page, 'Opacity');
  await opacity.fill('1.5');
  await expect(opacity).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('inspector').getByText('Must be between 0 and 1')).toBeVisible();
  await opacity.fill('0.75');
  await expect(page.getByTestId('inspector').getByText('Must be between 0 and 1')).toBeHidden();
  await opacity.fill('2');
  await opacity.press('Tab');
  // Leaving the field goes back to the last accepted value.
  await expect(opacity).toHaveValue('0.75');

  // A rule only the schema knows: a video's source out must come after its source in.
  await selectClip(page, timelineClip(page, 'video'));
  await typeInto(page, 'Source in', '1');
  const out = field(page, 'Source out');
  await out.fill('0.5');
  await expect(page.getByTestId('inspector').getByText('End must be after start')).toBeVisible();
  await out.press('Tab');

  await waitSaved(page);
  const clips = allClips(await savedConfig(request, account.key, taskId));
  expect(clips.find((c) => c.type === 'text')).toMatchObject({ opacity: 0.75 });
  expect(clips.find((c) => c.type === 'video')).toMatchObject({ source: { start: 1 } });
  expect((clips.find((c) => c.type === 'video')?.source as { end?: number }).end).toBeUndefined();
});

test('a canvas preset offers to scale the content; the Elements panel adds a title and a shape', async ({ page, request }) => {
  const account = createAccount({ credits: 10 });
  const taskId = await createTask(request, account);
  await openEditor(page, account, taskId);

  // Nothing selected: the canvas. 16:9 · 720p from 320×180 is ×4.
  await page.getByRole('radio', { name: /16:9 · 720p/ }).click();
  await expect(page.getByRole('dialog', { name: 'Scale the content too?' })).toBeVisible();
  await page.getByRole('button', { name: 'Scale content' }).click();
  await expect(field(page, 'Width')).toHaveValue('1280');
  await expect(field(page, 'Height')).toHaveValue('720');

  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add title' }).click();
  await expect(page.getByTestId('preview')).toContainText('Your title');
  await deselect(page);
  await page.getByRole('button', { name: 'Add polygon' }).click();
  await expect(timelineClip(page, 'polygon')).toHaveAttribute('data-selected', 'true');
  await typeInto(page, 'Sides', '5');

  await waitSaved(page);
  const config = await savedConfig(request, account.key, taskId);
  expect(config.meta).toMatchObject({ width: 1280, height: 720 });
  const clips = allClips(config);
  expect(clips.find((c) => c.type === 'text' && c.text === 'Hello')).toMatchObject({ transform: { x: 640, y: 120 }, style: { fontSize: 96 } });
  expect(clips.find((c) => c.type === 'text' && c.text === 'Your title')).toMatchObject({ style: { fontWeight: 800 } });
  expect(clips.find((c) => c.type === 'polygon')).toMatchObject({ sides: 5 });

  // Resize only: the content keeps its pixels.
  await deselect(page);
  await page.getByRole('radio', { name: /1:1 · Square/ }).click();
  await page.getByRole('button', { name: 'Resize only' }).click();
  await waitSaved(page);
  const square = await savedConfig(request, account.key, taskId);
  expect(square.meta).toMatchObject({ width: 1080, height: 1080 });
  expect(allClips(square).find((c) => c.text === 'Hello')).toMatchObject({ transform: { x: 640, y: 120 } });
});

// Pictures to look at, not a behaviour (33 s): taken by `npm run test:long`, outside npm test's budget.
test('screenshots of the inspector for text, video, audio, shape and canvas', { tag: '@long' }, async ({ page, request }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(shots, { recursive: true });
  const account = createAccount({ credits: 10 });
  const taskId = await createTask(request, account);
  await openEditor(page, account, taskId);
  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add rectangle' }).click();
  await page.getByRole('button', { name: 'Add entry animation' }).click();
  await field(page, 'Transition').selectOption('slide');
  await deselect(page);

  for (const [width, height, suffix] of [[1440, 900, '1440'], [390, 844, '390']] as const) {
    await page.setViewportSize({ width, height });
    // A phone shows one pane above the timeline: open the inspector's.
    if (width < 768) await page.getByRole('navigation', { name: 'Editor panes' }).getByRole('button', { name: 'Inspector' }).click();
    await deselect(page);
    await page.screenshot({ path: `${shots}/canvas-${suffix}.png`, fullPage: true });
    for (const type of ['text', 'video', 'audio', 'rect']) {
      await selectClip(page, timelineClip(page, type));
      if (type === 'text') await field(page, 'Background box').check();
      const inspector = page.getByTestId('inspector');
      await page.screenshot({ path: `${shots}/${type}-${suffix}.png` });
      await inspector.screenshot({ path: `${shots}/${type}-inspector-${suffix}.png` });
      // And its lower half, scrolled as a person would.
      await inspector.hover();
      await page.mouse.wheel(0, 700);
      await inspector.screenshot({ path: `${shots}/${type}-inspector-lower-${suffix}.png` });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  await expect(page.getByTestId('render-cost-dialog')).toBeVisible();
  await page.screenshot({ path: `${shots}/cost-dialog-390.png` });
});
