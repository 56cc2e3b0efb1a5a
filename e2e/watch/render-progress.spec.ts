import { expect, test } from '@playwright/test';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

test('a task page shows live render progress, then the video, without a reload', async ({ page, request }) => {
  // Generous: the suite's one render worker may first finish another spec's render (this render waits,
  // queued, with its bar showing). Seen once in CI: the render itself took 13 s, the page flipped after 90 s.
  test.setTimeout(270_000);
  const account = createAccount();
  // A box turning the whole time: every frame is new, so the render captures frame after frame (a still
  // video would be held by the frame plan and finish in one step).
  const config = smallConfig('Progress', 6);
  config.tracks[0]!.clips[0] = { ...config.tracks[0]!.clips[0]!, animations: [{ type: 'rotate', from: 0, to: 360, duration: 6 }] } as never;
  const task = await (await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } })).json();
  expect((await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })).status()).toBe(200);

  // The page's bar reads this key-less JSON (the taskId is the capability, as for the page).
  const live = await (await request.get(`/watch/${task.taskId}/progress`)).json();
  expect(live).toMatchObject({ status: 'rendering', progress: expect.any(Number), stage: expect.any(String) });
  expect((await request.get('/watch/no-such-task/progress')).status()).toBe(404);

  await page.goto(`/watch/${task.taskId}`);
  const bar = page.getByRole('progressbar', { name: 'Render progress' });
  await expect(bar).toBeVisible();
  const seen = new Set<string>();
  // The numbers move while the page sits there (it refreshes itself).
  await expect
    .poll(async () => {
      if (await bar.isVisible()) seen.add((await bar.getAttribute('aria-valuenow')) ?? '');
      return page.getByTestId('watch-video').count();
    }, { timeout: 240_000, intervals: [300] })
    .toBe(1);
  expect(seen.size).toBeGreaterThan(1);
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('watch-video')).toHaveAttribute('src', /\/files\/renders\/.+\.mp4$/);
});
