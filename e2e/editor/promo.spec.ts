import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ffprobe } from '../fixtures/ffprobe';
import { makePng } from '../fixtures/media';
import { dragTileToTrack, dropFiles, ffmpegFile, payload, selectClip, signUpAndOpenEditor, timelineX, waitSaved } from './inspector-helpers';

// Issue 11's "done when": a new user makes a 30-second promo from their own media — two video clips,
// a logo, three animated texts, two transitions and a music bed — entirely with mouse and keyboard,
// sees what it costs, renders it and downloads it. Small canvas and 5 fps keep the render short.

const shots = process.env.SHOTS_DIR ?? '/tmp/shots-editor1';

/** `seconds` of a moving test pattern (160×90, 10 fps) with a tone: a phone clip stand-in. */
const makeClip = (seconds: number, pattern: string) =>
  ffmpegFile('mp4', [
    '-f', 'lavfi', '-i', `${pattern}=size=160x90:rate=10:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=frequency=520:duration=${seconds}`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart',
  ]);
const makeMusic = (seconds: number) => ffmpegFile('mp3', ['-f', 'lavfi', '-i', `sine=frequency=330:duration=${seconds}`, '-c:a', 'libmp3lame', '-b:a', '96k']);

const inspector = (page: Page) => page.getByTestId('inspector');
const field = (page: Page, label: string) => inspector(page).getByLabel(label, { exact: true });
async function type(page: Page, label: string, value: string) {
  await field(page, label).fill(value);
  await field(page, label).press('Enter');
}
const clipsOf = (page: Page, type: string) => page.locator(`[data-testid="timeline-clip"][data-clip-type="${type}"]`);
const numberAttr = async (page: Page, type: string, index: number, name: string) => Number(await clipsOf(page, type).nth(index).getAttribute(name));

/** Adds a title from the Elements panel at the playhead, then sets its words, start and motion. */
async function addTitle(page: Page, text: string, start: number, entry: string, exit: string) {
  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add title' }).click();
  await field(page, 'Text').fill(text);
  await type(page, 'Start', String(start));
  await type(page, 'Duration', '4');
  // The title preset fades in; make it the chosen entry, then add an exit.
  const entryGroup = inspector(page).getByRole('group', { name: /^Entry animation/ });
  await entryGroup.getByLabel('Type', { exact: true }).selectOption(entry);
  await entryGroup.getByLabel('Easing', { exact: true }).selectOption('easeOutBack');
  await inspector(page).getByRole('button', { name: 'Add exit animation' }).click();
  await inspector(page).getByRole('group', { name: /^Exit animation/ }).getByLabel('Type', { exact: true }).selectOption(exit);
}

// A scenario over behaviours each tested on its own in npm test (uploads, placing, the inspector, transitions, the
// cost dialog, rendering): ~2 min, so it runs in `npm run test:long` (@long), which CI runs on every landing.
test('a new user makes a 30-second promo from their own media with the mouse and keyboard, sees the cost, renders and downloads it', { tag: '@long' }, async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  fs.mkdirSync(shots, { recursive: true });
  const taskId = await signUpAndOpenEditor(page, 'promo');

  await page.getByLabel('Title', { exact: true }).fill('Summer promo');
  await page.getByLabel('Title', { exact: true }).press('Enter');

  // Canvas: a small custom size and a low frame rate (nothing selected: the canvas inspector shows).
  await type(page, 'Width', '320');
  await type(page, 'Height', '180');
  await type(page, 'FPS', '5');
  await expect(inspector(page).getByRole('radio', { name: 'Custom size' })).toHaveAttribute('aria-checked', 'true');

  // Upload: two clips, a logo and a music bed, dropped on the media library at once.
  await dropFiles(page, '[data-testid="media-library"]', [
    payload('beach.mp4', 'video/mp4', makeClip(16, 'testsrc2')),
    payload('city.mp4', 'video/mp4', makeClip(16, 'smptebars')),
    payload('logo.png', 'image/png', makePng(120, 60, [250, 200, 0])),
    payload('music.mp3', 'audio/mpeg', makeMusic(32)),
  ]);
  for (const name of ['beach.mp4', 'city.mp4', 'logo.png', 'music.mp3']) {
    await expect(page.getByTestId('library-tile').filter({ hasText: name })).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  }

  // Zoom out until 32 s fit the timeline, then drag the first clip to 0 s.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom out' }).click();
  await dragTileToTrack(page, 'beach.mp4', 0, 0);
  await expect(clipsOf(page, 'video')).toHaveCount(1);
  expect(await numberAttr(page, 'video', 0, 'data-duration')).toBeCloseTo(16, 1);

  // Trim its end back by about a second with the mouse.
  const first = (await clipsOf(page, 'video').first().boundingBox())!;
  const edge = { x: first.x + first.width - 2, y: first.y + first.height / 2 };
  const oneSecond = (await timelineX(page, 1)) - (await timelineX(page, 0));
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x - oneSecond, edge.y, { steps: 6 });
  await page.mouse.up();
  const firstEnd = (await numberAttr(page, 'video', 0, 'data-start')) + (await numberAttr(page, 'video', 0, 'data-duration'));
  expect(firstEnd).toBeGreaterThan(14.5);
  expect(firstEnd).toBeLessThan(15.5);

  // The second clip right after it (snapped to its end), trimmed by keyboard to end at 30 s.
  await dragTileToTrack(page, 'city.mp4', firstEnd + 0.05, 0);
  await expect(clipsOf(page, 'video')).toHaveCount(2);
  const second = clipsOf(page, 'video').nth(1);
  expect(await numberAttr(page, 'video', 1, 'data-start')).toBeCloseTo(firstEnd, 6);
  await selectClip(page, second);
  await type(page, 'Duration', String(Number((30 - firstEnd).toFixed(1))));
  // Two transitions: the first clip fades, the second wipes in and out.
  await field(page, 'Transition').selectOption('wipe');
  await selectClip(page, clipsOf(page, 'video').first());
  await field(page, 'Transition').selectOption('fade');

  // The logo over the whole video, small in the top-right corner.
  await page.getByRole('tab', { name: 'Media' }).click();
  await dragTileToTrack(page, 'logo.png', 0, 0);
  await expect(clipsOf(page, 'image')).toHaveCount(1);
  await type(page, 'Duration', '30');
  await type(page, 'W', '64');
  await type(page, 'H', '32');
  await type(page, 'X', '280');
  await type(page, 'Y', '24');

  // The music bed from 0 s, quieter, fading in and out, ending with the video.
  await page.getByRole('tab', { name: 'Media' }).click();
  await dragTileToTrack(page, 'music.mp3', 0, 0);
  await expect(clipsOf(page, 'audio')).toHaveCount(1);
  await type(page, 'Duration', '30');
  await type(page, 'Volume', '0.6');
  await type(page, 'Fade in', '1');
  await type(page, 'Fade out', '2');

  // Three texts, each with an entry and an exit; the first in a serif font.
  await addTitle(page, 'Summer sale', 1, 'slideIn', 'fadeOut');
  await inspector(page).getByLabel('Font', { exact: true }).selectOption('DejaVu Serif');
  await addTitle(page, 'Up to 50% off', 12, 'zoomIn', 'slideOut');
  await addTitle(page, 'Shop now', 25, 'fadeIn', 'zoomOut');
  await page.keyboard.press('Escape');
  await waitSaved(page);
  await page.screenshot({ path: `${shots}/promo-1440.png` });

  // What was made is what is saved: read back through the API.
  const task = (await (await page.request.get(`/api/v1/video/${taskId}`)).json()) as { configUrl: string };
  const config = (await (await page.request.get(task.configUrl)).json()) as { meta: Record<string, unknown>; tracks: { clips: Record<string, unknown>[] }[] };
  const clips = config.tracks.flatMap((t) => t.clips);
  const ofType = (t: string) => clips.filter((c) => c.type === t);
  expect(config.meta).toMatchObject({ width: 320, height: 180, fps: 5 });
  expect(ofType('video').map((c) => (c.transition as { type: string } | undefined)?.type).sort()).toEqual(['fade', 'wipe']);
  expect(ofType('video').every((c) => typeof c.src === 'string' && !String(c.src).includes('blob:'))).toBe(true);
  expect(ofType('image')).toMatchObject([{ start: 0, duration: 30, transform: { width: 64, height: 32, x: 280, y: 24 } }]);
  expect(ofType('audio')).toMatchObject([{ start: 0, duration: 30, volume: 0.6, fadeIn: 1, fadeOut: 2 }]);
  const texts = ofType('text');
  expect(texts.map((c) => c.text)).toEqual(expect.arrayContaining(['Summer sale', 'Up to 50% off', 'Shop now']));
  for (const text of texts) expect((text.animations as unknown[]).length).toBe(2);
  expect(texts.find((c) => c.text === 'Summer sale')).toMatchObject({ style: { fontFamily: 'DejaVu Serif' }, animations: [{ type: 'slideIn', easing: 'easeOutBack' }, { type: 'fadeOut' }] });

  // Render: the cost first (30 s at the lowest tier), then progress, then the MP4.
  const creditsBefore = ((await (await page.request.get('/api/v1/credits')).json()) as { credits: number }).credits;
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  const dialog = page.getByTestId('render-cost-dialog');
  await expect(dialog.getByTestId('cost-duration')).toHaveText('30 s');
  const cost = Number(await dialog.getByTestId('cost-credits').getAttribute('data-credits'));
  expect(cost).toBe(30);
  await expect(dialog.getByTestId('cost-balance-after')).toHaveText(`${creditsBefore - cost} credits`);
  await page.screenshot({ path: `${shots}/promo-cost-1440.png` });
  await dialog.getByRole('button', { name: `Render for ${cost} credits` }).click();
  await expect(page.getByRole('progressbar', { name: 'Render progress' })).toBeVisible();
  await expect(page.getByTestId('render-output')).toBeVisible({ timeout: 240_000 });
  const creditsAfter = ((await (await page.request.get('/api/v1/credits')).json()) as { credits: number }).credits;
  expect(creditsBefore - creditsAfter).toBe(cost); // the charge is what the dialog said

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download MP4' }).click();
  const file = testInfo.outputPath('promo.mp4');
  expect((await download).suggestedFilename()).toBe('Summer promo.mp4');
  await (await download).saveAs(file);
  const probe = ffprobe(file);
  expect(probe.duration).toBeGreaterThan(29.8);
  expect(probe.duration).toBeLessThan(30.3);
  expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
  expect(probe.streams.some((s) => s.codec_type === 'audio')).toBe(true);
});
