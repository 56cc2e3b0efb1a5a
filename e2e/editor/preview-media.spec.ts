import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { ffmpegFile, signIn, upload } from './inspector-helpers';

// The preview's video elements as a person playing an edit meets them: across a cut between two parts
// of the same file (a split), playback goes on in the same <video> element, with no reload and no seek
// back to a keyframe (lib/composition/cutroom-video.tsx, layerKey).

test('playing across a split keeps one <video> element: no reload at the cut', async ({ page, request }) => {
  const account = createAccount();
  const video = ffmpegFile('mp4', ['-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=30', '-t', '3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p']);
  const src = await upload(request, account.key, 'bars.mp4', 'video/mp4', video);
  // The file split at 1 s: the second part starts where the first ends, in the timeline and in the file.
  const config = {
    meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' },
    tracks: [{ clips: [{ type: 'video', src, start: 0, duration: 1 }, { type: 'video', src, start: 1, duration: 1.5, source: { start: 1 } }] }],
  };
  const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(created.status()).toBe(200);
  const { taskId } = (await created.json()) as { taskId: string };

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.locator('video').evaluateAll((vs) => vs.map((v) => (v as HTMLVideoElement).readyState >= 2)), { timeout: 30_000 }).toEqual([true]);
  // Mark the element and count what would mean a reload.
  await preview.locator('video').evaluate((v) => {
    const w = window as unknown as { __loads: number };
    w.__loads = 0;
    v.setAttribute('data-first', 'true');
    v.addEventListener('emptied', () => (w.__loads += 1));
    v.addEventListener('loadstart', () => (w.__loads += 1));
  });

  await page.keyboard.press('Space');
  const playhead = page.getByTestId('playhead');
  await expect.poll(async () => Number(await playhead.getAttribute('data-frame')), { timeout: 15_000 }).toBeGreaterThan(45);
  await page.keyboard.press('Space');

  const after = await preview.locator('video').evaluateAll((vs) => vs.map((v) => ({ first: v.getAttribute('data-first'), time: (v as HTMLVideoElement).currentTime })));
  expect(after).toHaveLength(1);
  expect(after[0]!.first).toBe('true');
  expect(after[0]!.time).toBeGreaterThan(1.4); // the second part plays the file from 1 s on
  expect(await page.evaluate(() => (window as unknown as { __loads: number }).__loads)).toBe(0);
});
