import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// `assets.fonts` in the Remotion Player: the font is fetched from its URL, registered with the page
// and the text is drawn with it, not with the fallback.

const FAMILY = 'Cutroom Test Mono';
const TEXT = 'iiiiiiii llllllll'; // narrow in a proportional fallback, wide in the monospaced font
const FONT_FILE = path.join(__dirname, '..', 'fixtures', 'media', 'source-code-pro-500.woff2');

let server: http.Server;
let fontUrl = '';
test.beforeAll(async () => {
  const font = fs.readFileSync(FONT_FILE);
  // A font host elsewhere: the page loads fonts cross-origin, so CORS must allow it.
  server = http.createServer((req, res) => {
    if (req.url !== '/brand.woff2') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'font/woff2', 'access-control-allow-origin': '*' }).end(font);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fontUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/brand.woff2`;
});
test.afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const config = () => ({
  meta: { version: '2.0.0', title: 'Font check', width: 640, height: 360, fps: 30, background: '#102030' },
  assets: { fonts: [{ id: 'brand', src: fontUrl, family: FAMILY, weight: 500, style: 'normal' }] },
  tracks: [{ clips: [{ type: 'text', text: TEXT, start: 0, duration: 2, style: { fill: '#ffffff', fontSize: 48, fontFamily: FAMILY, fontWeight: 500 } }] }],
});

test('an assets.fonts font is loaded and draws the text in the Player', async ({ page, request }) => {
  const { key } = createAccount();
  const created = await request.post('/api/v1/preview', { headers: bearer(key), data: config() });
  expect(created.status()).toBe(200);
  const preview = (await created.json()) as { previewUrl: string };
  const fontRequests: string[] = [];
  page.on('request', (req) => {
    if (req.url() === fontUrl) fontRequests.push(req.url());
  });

  await page.goto(preview.previewUrl);
  const text = page.getByTestId('watch-player').getByText(TEXT);
  await expect(text).toBeVisible();

  // The face is registered with the document and has loaded.
  await expect
    .poll(() => page.evaluate((family) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'), FAMILY))
    .toBe(true);
  expect(await page.evaluate((family) => document.fonts.check(`48px "${family}"`), FAMILY)).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);

  // The text is drawn with it: a copy beside it (same transform, same size) in the fallback font
  // is measurably wider or narrower. Without the font both would fall back and measure the same.
  const widths = await text.evaluate((element) => {
    const measure = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().width;
    };
    const fallback = element.cloneNode(true) as HTMLElement;
    fallback.style.fontFamily = 'sans-serif';
    element.parentElement?.appendChild(fallback);
    const result = { withFont: measure(element), fallback: measure(fallback), family: getComputedStyle(element).fontFamily };
    fallback.remove();
    return result;
  });
  expect(widths.family).toContain(FAMILY);
  expect(widths.withFont).toBeGreaterThan(0);
  expect(Math.abs(widths.withFont - widths.fallback) / widths.fallback, JSON.stringify(widths)).toBeGreaterThan(0.05);
});
