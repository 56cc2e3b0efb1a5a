import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { makePng } from '../fixtures/media';
import { dragTileToTrack, dropFiles, ffmpegFile, payload, signUpAndOpenEditor } from './inspector-helpers';

/**
 * The media library as a person uses it: drop real files (made with the system ffmpeg) on the
 * editor or pick them, watch each upload, put tiles on the timeline with the mouse, trim against
 * the source, delete with the in-use warning. Everything is read back through the API.
 */

/** A 3 s 320×180 H.264 video with a 440 Hz AAC tone. */
const makeClip = () =>
  ffmpegFile('mp4', [
    '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=30:duration=3',
    '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3',
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart',
  ]);
/** A 4 s MP3 music bed; `seconds` long enough makes a file big enough to watch its progress. */
const makeMusic = (seconds = 4) => ffmpegFile('mp3', ['-f', 'lavfi', '-i', `sine=frequency=330:duration=${seconds}`, '-c:a', 'libmp3lame', '-b:a', '192k']);

interface ApiFile {
  id: string;
  name: string;
  url: string;
  type: string;
  status: string;
  duration: number | null;
  thumbnailUrl?: string | null;
  filmstrip?: unknown;
  waveformUrl?: string | null;
}

async function listFiles(page: Page): Promise<ApiFile[]> {
  const res = await page.request.get('/api/v1/files?limit=100');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { files: ApiFile[] }).files;
}

async function savedConfig(page: Page, taskId: string) {
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  const res = await page.request.get(`/api/v1/video/${taskId}`);
  expect(res.ok()).toBe(true);
  const { configUrl } = (await res.json()) as { configUrl: string };
  const config = await page.request.get(configUrl);
  expect(config.ok()).toBe(true);
  return (await config.json()) as { tracks: { clips: Record<string, unknown>[] }[]; meta: { fps: number }; assets?: { fonts?: unknown[] } };
}

/** A screenshot a person looks at: under SHOTS_DIR when set (e.g. /tmp/shots-library), else in the test's output. */
async function shot(page: Page, name: string, testInfo: { outputPath: (n: string) => string }) {
  const dir = process.env.SHOTS_DIR;
  if (dir) fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: dir ? path.join(dir, `${name}.png`) : testInfo.outputPath(`${name}.png`) });
}

/** The same screen at phone width, then back. */
async function narrowShot(page: Page, name: string, testInfo: { outputPath: (n: string) => string }) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await shot(page, name, testInfo);
  if (size) await page.setViewportSize(size);
}

test('dropped files upload one by one with progress; a refused one shows its message and the others become tiles', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUpAndOpenEditor(page, 'library');
  await expect(page.getByTestId('library-empty')).toBeVisible();

  // Slow the line so the progress of a 2 MB file can be watched (bytes sent / total).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 400_000 });

  const music = makeMusic(90); // ~2.1 MB at 192 kb/s
  await dropFiles(page, '[data-testid="preview"]', [
    payload('clip.mp4', 'video/mp4', makeClip()),
    payload('notes.txt', 'text/plain', Buffer.from('not media\n')),
    payload('logo.png', 'image/png', makePng(200, 100, [250, 200, 0])),
    payload('music-bed.mp3', 'audio/mpeg', music),
    payload('Brand_Mono.woff2', '', fs.readFileSync(path.join(__dirname, '../fixtures/media/source-code-pro-500.woff2'))),
  ]);

  const items = page.getByTestId('upload-item');
  await expect(items.filter({ hasText: 'music-bed.mp3' })).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Uploading music-bed.mp3' });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
  const midway = Number(await bar.getAttribute('aria-valuenow'));
  expect(midway).toBeLessThan(100);
  await shot(page, 'library-uploading', testInfo);

  // The text file is refused with the server's own words; the others are not held up by it.
  const refused = items.filter({ hasText: 'notes.txt' });
  await expect(refused.getByRole('alert')).toContainText('is not a supported image, video, audio, font or GLB model file');
  await expect(page.getByTestId('library-tile').filter({ hasText: 'clip.mp4' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('library-tile').filter({ hasText: 'logo.png' })).toBeVisible();
  await expect(page.getByTestId('library-tile').filter({ hasText: 'music-bed.mp3' })).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // A file over the size limit (the e2e server allows 20 MB) and one whose upload the network drops:
  // each says so on its own row, and nothing of them is stored. The dropped one goes first, alone, while the route
  // is in place: an intercepted request's body passes through the test process, which for 21 MB on a loaded machine
  // took longer than the whole wait.
  const drop = (name: string, size: number) =>
    page.evaluate(({ name, size, head }) => {
      // A real PNG's bytes, then zeros (made in the page: nothing this big crosses the wire twice).
      const png = new Uint8Array(size);
      png.set(head);
      const dt = new DataTransfer();
      dt.items.add(new File([png], name, { type: 'image/png' }));
      const target = document.querySelector('[data-testid="media-library"]');
      for (const type of ['dragenter', 'dragover', 'drop']) target?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, { name, size, head: [...makePng(8, 8, [0, 0, 0])] });
  await page.route('**/api/v1/upload', (route) => route.abort('connectionreset'));
  await drop('broken.png', 2000);
  await expect(items.filter({ hasText: 'broken.png' }).getByRole('alert')).toContainText('Network error');
  await page.unroute('**/api/v1/upload');
  await drop('huge.png', 21_000_000);
  await expect(items.filter({ hasText: 'huge.png' }).getByRole('alert')).toContainText(/larger than|too large/i, { timeout: 30_000 });

  const names = (await listFiles(page)).map((f) => f.name).sort();
  expect(names).toEqual(['Brand_Mono.woff2', 'clip.mp4', 'logo.png', 'music-bed.mp3']);
  await expect(page.locator('[data-testid="library-tile"][data-file-type="font"]')).toHaveAttribute('data-status', 'ready');

  // Filter and search narrow the grid.
  await page.getByRole('group', { name: 'Filter by type' }).getByRole('button', { name: 'Images' }).click();
  await expect(page.getByTestId('library-tile')).toHaveCount(1);
  await page.getByRole('group', { name: 'Filter by type' }).getByRole('button', { name: 'All' }).click();
  await page.getByLabel('Search media by name').fill('music');
  await expect(page.getByTestId('library-tile')).toHaveCount(1);
  await page.getByLabel('Search media by name').fill('');
  await expect(page.getByTestId('library-tile')).toHaveCount(4);
  // Dismiss the refusal.
  await shot(page, 'library-1440', testInfo);
  await narrowShot(page, 'library-390', testInfo);
  await refused.getByRole('button', { name: 'Dismiss notes.txt' }).click();
  await expect(refused).toHaveCount(0);

  // The uploaded font is offered for texts; choosing it declares it in assets.fonts.
  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add title' }).click();
  await page.getByLabel('Font', { exact: true }).selectOption('Brand Mono');
  const fontFile = (await listFiles(page)).find((f) => f.type === 'font')!;
  const config = await savedConfig(page, page.url().split('/').pop()!);
  expect(config.assets?.fonts).toEqual([{ id: `font-${fontFile.id}`, src: fontFile.url, family: 'Brand Mono' }]);
  expect(config.tracks.flatMap((t) => t.clips).find((c) => c.type === 'text')).toMatchObject({ style: { fontFamily: 'Brand Mono' } });
  await page.getByRole('tab', { name: 'Media' }).click();
});

test('the Upload button opens the picker; tiles go onto tracks by drag and double-click, never on top of another clip', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const taskId = await signUpAndOpenEditor(page, 'library');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const picker = await chooser;
  expect(picker.isMultiple()).toBe(true);
  const dir = testInfo.outputPath('picked');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'clip.mp4'), makeClip());
  fs.writeFileSync(path.join(dir, 'logo.png'), makePng(200, 100, [0, 120, 255]));
  await picker.setFiles([path.join(dir, 'clip.mp4'), path.join(dir, 'logo.png')]);
  const clipTile = page.getByTestId('library-tile').filter({ hasText: 'clip.mp4' });
  await expect(clipTile).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('library-tile').filter({ hasText: 'logo.png' })).toBeVisible();

  // Wait for processing (duration known), then drag the video to 2 s on the first track.
  await expect(clipTile).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  const video = (await listFiles(page)).find((f) => f.name === 'clip.mp4')!;
  await dragTileToTrack(page, 'clip.mp4', 2, 0);
  const clip = page.locator('[data-testid="timeline-clip"][data-clip-type="video"]');
  await expect(clip).toHaveCount(1);
  await expect(clip).toContainText('clip.mp4');
  expect(Number(await clip.getAttribute('data-start'))).toBeCloseTo(2, 1);
  const start = Number(await clip.getAttribute('data-start'));
  expect(Math.round(start * 30)).toBeCloseTo(start * 30, 6); // on the frame grid
  // The video shows its filmstrip (a real sprite that loaded) and, having sound, a drawn waveform.
  expect(video.filmstrip).toBeTruthy();
  await expect(clip.getByTestId('clip-filmstrip')).toBeVisible();
  await expect(clip.getByTestId('clip-waveform')).toHaveAttribute('data-ready', 'true');
  const sprite = await page.request.get((video.filmstrip as { url: string }).url);
  expect(sprite.headers()['content-type']).toMatch(/^image\//);

  // The saved config has the original file URL, the drop time and the media's own length, fitted to the canvas.
  let config = await savedConfig(page, taskId);
  const saved = config.tracks[0]!.clips[0]!;
  expect(saved).toMatchObject({ type: 'video', src: video.url, start });
  expect(saved.duration).toBeCloseTo(video.duration ?? 5, 1);
  expect(saved.transform).toMatchObject({ width: 1920, height: 1080 });

  // Dropping the logo on the same spot of the same track cannot hide it: it goes to a new track, drawn on top.
  await dragTileToTrack(page, 'logo.png', 2.5, 0);
  await expect(page.getByTestId('timeline-track')).toHaveCount(2);
  const logo = page.locator('[data-testid="timeline-clip"][data-clip-type="image"]');
  await expect(logo).toHaveAttribute('data-clip-index', '1:0');
  await expect(logo.getByTestId('clip-thumbnail')).toBeVisible();
  await expect(logo).toContainText('logo.png');
  config = await savedConfig(page, taskId);
  expect(config.tracks[1]!.clips[0]).toMatchObject({ type: 'image', duration: 5, zIndex: 1, transform: { width: 1920, height: 960 } });
  // The upper row on screen is the track drawn on top.
  const rows = page.getByTestId('timeline-track');
  await expect(rows.first()).toHaveAttribute('data-track-index', '1');

  // Reordering the tracks changes what is drawn on top.
  await page.getByRole('button', { name: /^Reorder track 2/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.first()).toHaveAttribute('data-track-index', '1');
  await expect(page.locator('[data-testid="timeline-clip"][data-clip-type="video"]')).toHaveAttribute('data-clip-index', '1:0');
  config = await savedConfig(page, taskId);
  expect(config.tracks[1]!.clips[0]).toMatchObject({ type: 'video', zIndex: 1 });
  expect(config.tracks[0]!.clips[0]!.zIndex).toBeUndefined();

  // Double-click puts a tile at the playhead (0 s here, free on the bottom track).
  await page.getByRole('button', { name: /^clip\.mp4:/ }).dblclick({ position: { x: 20, y: 40 } });
  await expect(page.locator('[data-testid="timeline-clip"][data-clip-type="video"]')).toHaveCount(2);
  config = await savedConfig(page, taskId);
  const all = config.tracks.flatMap((t) => t.clips);
  expect(all.filter((c) => c.type === 'video').map((c) => c.start).sort()).toEqual([0, start]);
  await shot(page, 'timeline-media-1440', testInfo);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await shot(page, 'timeline-media-zoomed', testInfo);
  await narrowShot(page, 'timeline-media-390', testInfo);
});

test('trimming a video stops at the source end; deleting a file in use warns how many clips use it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const taskId = await signUpAndOpenEditor(page, 'library');
  await dropFiles(page, '[data-testid="media-library"]', [payload('clip.mp4', 'video/mp4', makeClip())]);
  const tile = page.getByTestId('library-tile').filter({ hasText: 'clip.mp4' });
  await expect(tile).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  const video = (await listFiles(page)).find((f) => f.name === 'clip.mp4')!;
  expect(video.duration).toBeGreaterThan(2.9);
  await tile.getByRole('button', { name: 'Add clip.mp4 at the playhead' }).click();
  const clip = page.locator('[data-testid="timeline-clip"][data-clip-type="video"]');
  await expect(clip).toHaveCount(1);
  const fullLength = Number(await clip.getAttribute('data-duration'));

  // Pull the end edge in by a second, then far past the source's end: it stops where the source ends.
  const box = (await clip.boundingBox())!;
  const edge = { x: box.x + box.width - 2, y: box.y + box.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x - 80, edge.y, { steps: 5 });
  await expect(page.getByTestId('timeline-trim-ghost')).toBeVisible(); // the trimmed-away source, faint
  await shot(page, 'timeline-trimming', testInfo);
  await page.mouse.move(edge.x + 400, edge.y, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('timeline-trim-ghost')).toHaveCount(0);
  expect(Number(await clip.getAttribute('data-duration'))).toBeCloseTo(fullLength, 6);

  // Trim the start in by ~1 s: the source in-point follows, and the right part of a split keeps its offset.
  const box2 = (await clip.boundingBox())!;
  await page.mouse.move(box2.x + 2, box2.y + box2.height / 2);
  await page.mouse.down();
  await page.mouse.move(box2.x + 2 + 80, box2.y + box2.height / 2, { steps: 6 });
  await page.mouse.up();
  let config = await savedConfig(page, taskId);
  const trimmed = config.tracks[0]!.clips[0] as { start: number; duration: number; source?: { start?: number } };
  expect(trimmed.start).toBeGreaterThan(0.5);
  expect(trimmed.source?.start).toBeCloseTo(trimmed.start, 6);
  expect(trimmed.start + trimmed.duration).toBeCloseTo(fullLength, 6);
  // Dragging the start back past 0 stops at the source start.
  const box3 = (await clip.boundingBox())!;
  await page.mouse.move(box3.x + 2, box3.y + box3.height / 2);
  await page.mouse.down();
  await page.mouse.move(box3.x - 300, box3.y + box3.height / 2, { steps: 8 });
  await page.mouse.up();
  config = await savedConfig(page, taskId);
  expect(config.tracks[0]!.clips[0]).toMatchObject({ start: 0, source: { start: 0 } });
  await shot(page, 'timeline-trimmed', testInfo);

  // Delete: the confirmation says one clip uses the file; confirming removes the tile and the file.
  await tile.getByRole('button', { name: 'Delete clip.mp4' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('delete-in-use-warning')).toContainText('1 clip in this video uses this file');
  await dialog.getByRole('button', { name: 'Delete file' }).click();
  await expect(tile).toHaveCount(0);
  expect(await listFiles(page)).toEqual([]);
});
