import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { expectError, expectOk } from '../fixtures/contract';
import { subtitleWordsResponse } from '../../lib/contract';
import { decodeGrayFrames } from '../fixtures/ffprobe';

// Remote subtitle words (`words: { src }`) through the whole render path: the worker fetches the
// word list before rendering, and the caption reaches the encoded picture.

const W = 320;
const H = 180;
const FPS = 30;
const word = (text: string, start: number, end: number) => ({ word: text.toLowerCase(), punctuated_word: text, start, end, confidence: 0.99 });

let server: http.Server;
let base = '';
test.beforeAll(async () => {
  const documents: Record<string, unknown> = {
    '/words.json': { words: [word('HELLO', 0, 0.5), word('WORLD', 0.5, 1)] },
    '/empty.json': { words: [] },
  };
  server = http.createServer((req, res) => {
    const body = documents[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((r) => server.close(r));
});

/** Black canvas with one big white caption in the centre and no caption box. */
const captioned = (src: string) => ({
  meta: { version: '2.0.0', width: W, height: H, fps: FPS, background: '#000000' },
  tracks: [
    {
      clips: [
        {
          type: 'subtitle',
          start: 0,
          duration: 1,
          words: { src },
          config: { mode: 'batch', position: 'center', fontSize: 40, textColor: '#ffffff', highlightColor: '#ffffff', backgroundColor: 'transparent' },
        },
      ],
    },
  ],
});

async function renderTask(request: APIRequestContext, key: string, config: unknown) {
  const created = await request.post('/api/v1/video', { headers: bearer(key), data: { config } });
  expect(created.status()).toBe(200);
  const taskId = String((await created.json()).taskId);
  const started = await request.post(`/api/v1/video/${taskId}/render`, { headers: bearer(key), data: {} });
  expect(started.status()).toBe(200);
  const { body } = await waitForRender(request, taskId, key, 90_000);
  return { taskId, body };
}

/** Bright pixels in the centre band of the middle frame of a rendered task. */
async function captionPixels(request: APIRequestContext, taskId: string, videoUrl: string): Promise<number> {
  const mp4 = await request.get(videoUrl);
  expect(mp4.status()).toBe(200);
  const file = path.join(os.tmpdir(), `cutroom-subtitles-${taskId}.mp4`);
  fs.writeFileSync(file, await mp4.body());
  const frames = decodeGrayFrames(file, W, H);
  expect(frames.length).toBe(FPS);
  const frame = frames[FPS / 2];
  if (frame === undefined) throw new Error('no middle frame');
  let bright = 0;
  for (let y = H / 2 - 30; y < H / 2 + 30; y++) {
    for (let x = 0; x < W; x++) if ((frame[y * W + x] ?? 0) > 160) bright++;
  }
  return bright;
}

test('words fetched from a URL are rendered as a caption', async ({ request }) => {
  const { key } = createAccount({ credits: 20 });
  const withWords = await renderTask(request, key, captioned(`${base}/words.json`));
  expect(withWords.body.status, `render failed: ${String(withWords.body.error)}`).toBe('completed');
  const empty = await renderTask(request, key, captioned(`${base}/empty.json`));
  expect(empty.body.status, `render failed: ${String(empty.body.error)}`).toBe('completed');

  const shown = await captionPixels(request, withWords.taskId, String(withWords.body.videoUrl));
  const blank = await captionPixels(request, empty.taskId, String(empty.body.videoUrl));
  expect(blank).toBeLessThan(20);
  expect(shown).toBeGreaterThan(300);
});

test('a words src that 404s fails the render, naming the clip path and the URL', async ({ request }) => {
  const { key } = createAccount({ credits: 20 });
  const url = `${base}/missing-words.json`;
  const { body } = await renderTask(request, key, captioned(url));
  expect(body.status).toBe('failed');
  const error = String(body.error);
  expect(error).toContain('tracks[0].clips[0].words.src');
  expect(error).toContain(url);
  expect(error).toContain('HTTP 404');
  expect(body).toMatchObject({ videoUrl: null });
});

test('GET /api/v1/subtitles/words fetches a list for the editor: words, REMOTE_ERROR naming the URL, INVALID_REQUEST, 401', async ({ request }) => {
  const { key } = createAccount();
  const words = (src: string, headers: Record<string, string> = bearer(key)) =>
    request.get(`/api/v1/subtitles/words?src=${encodeURIComponent(src)}`, { headers });
  const ok = await expectOk(await words(`${base}/words.json`), subtitleWordsResponse);
  expect(ok.words.map((w) => w.punctuated_word)).toEqual(['HELLO', 'WORLD']);

  const missing = await expectError(await words(`${base}/missing-words.json`), 502, 'REMOTE_ERROR');
  expect(missing.error).toContain(`${base}/missing-words.json`);
  expect(missing.error).toContain('HTTP 404');
  await expectError(await words('ftp://example.com/w.json'), 400, 'INVALID_REQUEST');
  await expectError(await request.get('/api/v1/subtitles/words'), 401, 'MISSING_API_KEY');
});
