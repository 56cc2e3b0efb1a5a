import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// The public pages behind the API's previewUrl/viewerUrl, opened by someone who is not signed in.

/** Fails the test if the page loads anything from outside this server. */
function onlyLocalRequests(page: Page, baseURL: string) {
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return outside;
}

test('a preview plays in the Player on /t and /preview, without signing in', async ({ page, request, baseURL }) => {
  const { key } = createAccount();
  const config = { ...smallConfig('Hello from a preview'), meta: { ...smallConfig().meta, title: 'Launch teaser' } };
  const preview = await (await request.post('/api/v1/preview', { headers: bearer(key), data: config })).json();
  const outside = onlyLocalRequests(page, baseURL!);

  for (const url of [preview.previewUrl, preview.viewerUrl]) {
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(/Launch teaser/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Launch teaser');
    await expect(page.getByTestId('watch-size')).toHaveText('320 × 180');
    await expect(page.getByTestId('watch-duration')).toHaveText('0:02');
    await expect(page.getByText('Preview · expires in 7 days')).toBeVisible();
    await expect(page.getByText('Made with')).toBeVisible();
    const player = page.getByTestId('watch-player');
    await expect(player).toBeVisible();
    // The composition itself draws the text clip inside the Player.
    await expect(player.getByText('Hello from a preview')).toBeVisible();
    const box = (await player.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(320 / 180, 1);
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(outside).toEqual([]);
});

test('the Player plays: pressing play advances the time', async ({ page, request }) => {
  const { key } = createAccount();
  const preview = await (await request.post('/api/v1/preview', { headers: bearer(key), data: smallConfig('Play me') })).json();
  await page.goto(preview.viewerUrl);
  const player = page.getByTestId('watch-player');
  await expect(player.getByText('Play me')).toBeVisible();
  await player.hover();
  await page.getByRole('button', { name: /play/i }).first().click();
  // Remotion's controls show "0:00 / 0:02"; playing moves the first number.
  await expect(player.getByText(/0:0[12] \/ 0:02/)).toBeVisible({ timeout: 5000 });
});

test('a task shows the live Player until rendered, then the MP4 on /v and /watch', async ({ page, request }) => {
  const { key } = createAccount({ credits: 10 });
  const task = await (await request.post('/api/v1/video', { headers: bearer(key), data: { config: smallConfig('Task page'), title: 'My task' } })).json();

  await page.goto(task.viewerUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My task');
  await expect(page.getByText('Live preview')).toBeVisible();
  await expect(page.getByTestId('watch-player').getByText('Task page')).toBeVisible();
  await expect(page.getByTestId('watch-video')).toHaveCount(0);

  await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(key) });
  const { body } = await waitForRender(request, task.taskId, key);
  expect(body.status, `render failed: ${String(body.error)}`).toBe('completed');

  for (const url of [task.previewUrl, task.viewerUrl]) {
    await page.goto(url);
    await expect(page.getByText('Rendered video')).toBeVisible();
    const video = page.getByTestId('watch-video');
    await expect(video).toHaveAttribute('src', String(body.videoUrl));
    await expect(page.getByTestId('watch-player')).toHaveCount(0);
    // The browser can load it: metadata gives the real size and length.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    const meta = await video.evaluate((v: HTMLVideoElement) => ({ w: v.videoWidth, h: v.videoHeight, d: v.duration }));
    expect(meta.w).toBe(320);
    expect(meta.h).toBe(180);
    expect(meta.d).toBeGreaterThan(1.9);
    expect(meta.d).toBeLessThan(2.2);
    await expect(page.getByRole('link', { name: 'Download MP4' })).toHaveAttribute('href', String(body.videoUrl));
  }
});

test('unknown ids get a proper 404 page on all four routes', async ({ page }) => {
  for (const url of ['/t/temp_nope', '/preview/temp_nope', '/v/nope', '/watch/nope']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { name: 'This video isn’t here' })).toBeVisible();
    await expect(page.getByText('previews last 7 days')).toBeVisible();
  }
});

test('the API docs page renders every endpoint of the OpenAPI document, with nothing loaded from the internet', async ({ page, request, baseURL }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  const operationCount = Object.values(doc.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
  const outside = onlyLocalRequests(page, baseURL!);

  const res = await page.goto('/docs/api');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cutroom API');
  await expect(page.getByTestId('api-operation')).toHaveCount(operationCount);
  // One endpoint, read like a person would: its heading, a parameter, an error code, an example.
  const render = page.locator('section#renderTask');
  await expect(render.getByRole('heading', { name: 'Trigger rendering' })).toBeVisible();
  await expect(render.getByRole('cell', { name: 'webhook_url' })).toBeVisible();
  await expect(render.getByRole('cell', { name: 'INSUFFICIENT_CREDITS' })).toBeVisible();
  await expect(render.getByText(`curl -X POST '${baseURL}/api/v1/video/TASKID/render'`)).toBeVisible();
  // The sidebar links to it.
  await page.getByRole('navigation', { name: 'Endpoints' }).getByRole('link', { name: /\/video\/\{taskId\}\/render/ }).click();
  await expect(page).toHaveURL(/#renderTask$/);
  expect(outside).toEqual([]);
});

test('remote subtitle words (`words: { src }`) reach the Player: the server fetches them as the render does, once for many views', async ({ page, request }) => {
  const words = [{ word: 'fetched', punctuated_word: 'Fetched', start: 0, end: 0.8 }, { word: 'words', punctuated_word: 'words.', start: 0.8, end: 1.6 }];
  // Loopback: the e2e server's fetch policy allows it (ALLOW_PRIVATE_MEDIA=1 in playwright.config.ts).
  let fetches = 0;
  const server = http.createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ words }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { key } = createAccount();
    const src = `http://127.0.0.1:${(server.address() as AddressInfo).port}/words.json`;
    const config = {
      meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
      tracks: [{ clips: [{ type: 'subtitle', start: 0, duration: 2, words: { src }, config: { mode: 'stream', position: 'center' } }] }],
    };
    const preview = await (await request.post('/api/v1/preview', { headers: bearer(key), data: config })).json();
    await page.goto(`/preview/${preview.tempId}/frame#frame=30`);
    const player = page.locator('[data-testid="frame-player"][data-ready-frame="30"]');
    await expect(player).toBeVisible();
    await expect(player.getByText('Fetched')).toBeVisible();
    await page.goto(preview.viewerUrl);
    await expect(page.getByTestId('watch-player').getByText('Fetched')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('watch-player').getByText('Fetched')).toBeVisible();
    // Three views, one fetch: public pages reuse a source's answer for a minute (fetchPublicRemoteJson).
    expect(fetches).toBe(1);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
