import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// One slow URL must not hold the render farm: every fetch of the render path has a total timeout
// (RENDER_FETCH_TIMEOUT_MS=3000 in playwright.config.ts), and the worker reports the clip and URL
// and goes on to the next job.

let server: http.Server;
let base = '';
const open = new Set<http.ServerResponse>();
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    // Headers at once, then one byte every 2 s, for ever.
    res.writeHead(200, { 'content-type': req.url?.endsWith('.json') ? 'application/json' : 'image/png' });
    res.write(req.url?.endsWith('.json') ? '{' : '\x89');
    const timer = setInterval(() => res.write(' '), 2000);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((r) => server.close(r));
});

async function render(request: APIRequestContext, key: string, config: unknown) {
  const created = await request.post('/api/v1/video', { headers: bearer(key), data: { config } });
  expect(created.status()).toBe(200);
  const taskId = String((await created.json()).taskId);
  expect((await request.post(`/api/v1/video/${taskId}/render`, { headers: bearer(key), data: {} })).status()).toBe(200);
  const started = Date.now();
  const { body } = await waitForRender(request, taskId, key, 60_000);
  return { body, seconds: (Date.now() - started) / 1000 };
}

const meta = { version: '2.0.0', width: 320, height: 180, fps: 30 };

test('a dripping subtitle words src, image src or font fails the render within the fetch timeout, naming the clip and URL; the next render runs', async ({ request }) => {
  const { key } = createAccount({ credits: 50 });
  const cases = [
    {
      path: 'tracks[0].clips[0].words.src',
      url: `${base}/words.json`,
      config: (url: string) => ({ meta, tracks: [{ clips: [{ type: 'subtitle', start: 0, duration: 1, words: { src: url } }] }] }),
    },
    {
      path: 'tracks[0].clips[0] (image)',
      url: `${base}/picture.png`,
      config: (url: string) => ({ meta, tracks: [{ clips: [{ type: 'image', src: url, start: 0, duration: 1 }] }] }),
    },
    {
      path: 'assets.fonts[0] (font)',
      url: `${base}/font.woff2`,
      config: (url: string) => ({
        meta,
        assets: { fonts: [{ id: 'drip', family: 'Drip', src: url }] },
        tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1, style: { fontFamily: 'Drip' } }] }],
      }),
    },
  ];
  for (const c of cases) {
    const { body, seconds } = await render(request, key, c.config(c.url));
    expect(body.status, c.path).toBe('failed');
    const error = String(body.error);
    expect(error).toContain(c.path);
    expect(error).toContain(c.url);
    expect(error).toContain('no complete answer within 3 s');
    expect(seconds, c.path).toBeLessThan(20);
  }
  // The worker is free again.
  const next = await render(request, key, smallConfig('after the slow ones', 1));
  expect(next.body.status, String(next.body.error)).toBe('completed');
});
