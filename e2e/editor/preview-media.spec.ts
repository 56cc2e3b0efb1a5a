import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { ffmpegFile, signIn, upload } from './inspector-helpers';

// The preview as a person playing an edit meets it: across a cut between two parts of the same file
// (a split), playback goes on in the same <video> element, with no reload and no seek back to a keyframe
// (lib/composition/cutroom-video.tsx, layerKey); remote subtitle words show as they will render.

const shots = '/tmp/shots-preview';

/**
 * Opens, in the editor at 1440×900, a new account's video whose one track holds `clips(src)`, src being an
 * uploaded `seconds`-long 30 fps test picture; returns once the preview's one <video> has its frame.
 */
async function openWithVideo(page: Page, request: APIRequestContext, seconds: number, clips: (src: string) => unknown[]) {
  const account = createAccount();
  const video = ffmpegFile('mp4', ['-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=30', '-t', String(seconds), '-c:v', 'libx264', '-pix_fmt', 'yuv420p']);
  const src = await upload(request, account.key, `bars-${seconds}s.mp4`, 'video/mp4', video);
  const config = { meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' }, tracks: [{ clips: clips(src) }] };
  const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(created.status()).toBe(200);
  const { taskId } = (await created.json()) as { taskId: string };

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.locator('video').evaluateAll((vs) => vs.map((v) => (v as HTMLVideoElement).readyState >= 2)), { timeout: 30_000 }).toEqual([true]);
  return preview;
}

test('playing across a split keeps one <video> element: no reload at the cut', async ({ page, request }) => {
  // The file split at 1 s: the second part starts where the first ends, in the timeline and in the file.
  const preview = await openWithVideo(page, request, 3, (src) => [
    { type: 'video', src, start: 0, duration: 1 },
    { type: 'video', src, start: 1, duration: 1.5, source: { start: 1 } },
  ]);
  // Mark the element and count what would mean a reload.
  await preview.locator('video').evaluate((v) => {
    const w = window as unknown as { __loads: number };
    w.__loads = 0;
    v.setAttribute('data-first', 'true');
    v.addEventListener('emptied', () => (w.__loads += 1));
    v.addEventListener('loadstart', () => (w.__loads += 1));
  });

  await page.keyboard.press('Space');
  // Past the cut (frame 30) by half a second, watched every animation frame, then pause.
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="playhead"]')?.getAttribute('data-frame')) > 45, null, { polling: 'raf', timeout: 15_000 });
  await page.keyboard.press('Space');
  const frame = Number(await page.getByTestId('playhead').getAttribute('data-frame'));
  expect(frame, 'paused inside the second part').toBeLessThan(75);

  const after = await preview.locator('video').evaluateAll((vs) => vs.map((v) => ({ first: v.getAttribute('data-first') })));
  expect(after).toHaveLength(1);
  expect(after[0]!.first).toBe('true');
  // The second part plays the file from 1 s on: at frame f the file is at f / 30 s. While playing, Remotion lets
  // the element drift up to 0.45 s before it seeks (a loaded machine gets there); paused, it seeks the element to
  // the frame's time, so wait for that. (Played from the file's start instead, it would be 1 s off.)
  await expect
    .poll(async () => {
      const shown = Number(await page.getByTestId('playhead').getAttribute('data-frame'));
      const time = await preview.locator('video').evaluate((v) => (v as HTMLVideoElement).currentTime);
      return Math.abs(time - shown / 30);
    }, { timeout: 5_000 })
    .toBeLessThan(0.05);
  expect(await page.evaluate(() => (window as unknown as { __loads: number }).__loads)).toBe(0);
});

test('remote subtitle words show in the preview; a list that does not load says why', async ({ page, request }) => {
  const words = [
    { word: 'remote', punctuated_word: 'Remote', start: 0, end: 0.8 },
    { word: 'words', punctuated_word: 'words!', start: 0.8, end: 2 },
  ];
  const server = http.createServer((req, res) => {
    if (req.url === '/words.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ words }));
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const account = createAccount();
    const subtitle = (src: string) => ({ type: 'subtitle', start: 0, duration: 2, words: { src }, config: { mode: 'batch', position: 'center', fontSize: 28 } });
    const config = (src: string) => ({ meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' }, tracks: [{ clips: [subtitle(src)] }] });
    const open = async (src: string) => {
      const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: config(src) } });
      expect(created.status()).toBe(200);
      await page.goto(`/editor/${((await created.json()) as { taskId: string }).taskId}`);
    };
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, account.email, account.password);

    await open(`${base}/words.json`);
    const preview = page.getByTestId('preview');
    await expect(preview).toContainText('Remote', { timeout: 30_000 });
    await expect(page.getByTestId('remote-words-failure')).toHaveCount(0);
    await page.screenshot({ path: `${shots}/remote-words-1440.png` });

    await open(`${base}/gone.json`);
    await expect(page.getByTestId('remote-words-failure')).toContainText(`${base}/gone.json`, { timeout: 30_000 });
    await expect(page.getByTestId('remote-words-failure')).toContainText('HTTP 404');
    await expect(preview).not.toContainText('Remote');
    await page.screenshot({ path: `${shots}/remote-words-failure-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('remote-words-failure')).toBeVisible();
    await page.screenshot({ path: `${shots}/remote-words-failure-390.png` });
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('scrubbing the ruler: the picture follows while the pointer moves, and the playhead stays where the pointer let go', async ({ page, request }) => {
  const preview = await openWithVideo(page, request, 4, (src) => [{ type: 'video', src, start: 0, duration: 4 }]);
  await preview.locator('video').evaluate((v) => {
    const w = window as unknown as { __seeks: number };
    w.__seeks = 0;
    v.addEventListener('seeked', () => (w.__seeks += 1));
  });

  // Press on the ruler near 0 s and sweep right over ~1 s of wall time, one step per frame.
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const clip = (await page.getByTestId('timeline-clip').first().boundingBox())!;
  const y = ruler.y + ruler.height / 2;
  const from = clip.x + 2;
  const to = clip.x + clip.width * 0.8; // 3.2 s in
  await page.mouse.move(from, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(from + ((to - from) * i) / 60, y);
  await page.mouse.up();

  // The playhead is where the pointer let go (no late preview frame pulled it back), ~frame 96 of 120.
  await expect.poll(async () => Number(await page.getByTestId('playhead').getAttribute('data-frame')), { timeout: 5_000 }).toBeGreaterThan(90);
  const scrubbed = Number(await page.getByTestId('playhead').getAttribute('data-frame'));
  await page.waitForTimeout(500);
  expect(Number(await page.getByTestId('playhead').getAttribute('data-frame')), 'the playhead stays put after the scrub').toBe(scrubbed);
  await page.mouse.click(to, y);
  expect(Number(await page.getByTestId('playhead').getAttribute('data-frame')), 'a click at the same point agrees').toBe(scrubbed);
  // The picture followed on the way (paced seeks, not just one at the end) and shows the frame where it stopped.
  expect(await page.evaluate(() => (window as unknown as { __seeks: number }).__seeks)).toBeGreaterThan(2);
  await expect
    .poll(() => preview.locator('video').evaluate((v) => (v as HTMLVideoElement).currentTime), { timeout: 5_000 })
    .toBeCloseTo(scrubbed / 30, 1);
});
