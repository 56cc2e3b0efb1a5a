import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoConfig } from '../video';
import { MediaError } from './media-check';
import { ownFileKey, prefetchMedia } from './media-prefetch';

const APP = 'http://app.example.test:3000';
const SVG = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><rect width='10' height='10'/></svg>";

describe('ownFileKey', () => {
  it.each([
    [`${APP}/files/uploads/u1/a.mp4`, 'uploads/u1/a.mp4'],
    ['/files/uploads/u1/a%20b.mp4?x=1', 'uploads/u1/a b.mp4'],
    ['/files/uploads/%2e%2e/secret', 'invalid'],
    ['/files/%E0%A4%A', 'invalid'],
    ['/api/v1/files/abc', null],
    ['https://elsewhere.test/files/uploads/a.mp4', null],
  ])('%s → %s', (url, key) => expect(ownFileKey(url, APP)).toBe(key));
});

// A real source on loopback (ALLOW_PRIVATE_MEDIA=1) and a real storage folder.
let server: http.Server;
let base = '';
const seen: string[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prefetch-test-'));
beforeAll(async () => {
  Object.assign(process.env, { ALLOW_PRIVATE_MEDIA: '1', DATA_DIR: dataDir, APP_URL: APP, MAX_MEDIA_BYTES: String(64 * 1024) });
  fs.mkdirSync(path.join(dataDir, 'files/uploads/u1'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'files/uploads/u1/own.png'), 'own bytes');
  server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/big.mp4') return void res.writeHead(200).end(Buffer.alloc(100 * 1024));
    if (req.url === '/logo.svg') return void res.writeHead(200).end(SVG);
    if (req.url === '/logo?format=svg') return void res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8' }).end(SVG);
    res.writeHead(200, { 'content-type': 'image/png' }).end('remote bytes');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  for (const k of ['ALLOW_PRIVATE_MEDIA', 'DATA_DIR', 'APP_URL', 'MAX_MEDIA_BYTES']) delete process.env[k];
  return new Promise<void>((r) => server.close(() => r()));
});

const config = (...srcs: string[]): VideoConfig =>
  ({
    meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
    tracks: [{ clips: srcs.map((src, i) => ({ type: 'image', src, start: i, duration: 1 })) }],
  }) as VideoConfig;

const srcs = (c: VideoConfig) => c.tracks[0]!.clips.map((clip) => (clip as { src: string }).src);

describe('prefetchMedia', () => {
  it('serves remote and own sources from this process: the renderer only sees loopback URLs', async () => {
    const media = await prefetchMedia(config(`${base}/pic.png`, '/files/uploads/u1/own.png'));
    try {
      const [remote, own] = srcs(media.config);
      expect(remote).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{24}\.png$/);
      expect(await (await fetch(remote!)).text()).toBe('remote bytes');
      const res = await fetch(own!);
      expect([await res.text(), res.headers.get('content-length')]).toEqual(['own bytes', '9']);
    } finally {
      await media.close();
    }
    // The remote one was fetched by us (a probe, then the download), the own file never over HTTP.
    expect(seen.filter((u) => u === '/pic.png')).toHaveLength(2);
  });

  it('serves SVG sources as image/svg+xml (Chromium never sniffs SVG: without it the <img> does not decode)', async () => {
    fs.writeFileSync(path.join(dataDir, 'files/uploads/u1/own.svg'), SVG);
    const media = await prefetchMedia(config(`${base}/logo.svg`, `${base}/logo?format=svg`, '/files/uploads/u1/own.svg', `${base}/pic.png`));
    try {
      const types = await Promise.all(srcs(media.config).map(async (src) => (await fetch(src)).headers.get('content-type')));
      expect(types).toEqual(['image/svg+xml', 'image/svg+xml', 'image/svg+xml', null]);
    } finally {
      await media.close();
    }
  });

  it('refuses a source over MAX_MEDIA_BYTES, naming the clip; not refunded', async () => {
    const err = (await prefetchMedia(config(`${base}/big.mp4`)).catch((e: unknown) => e)) as MediaError;
    expect(err).toBeInstanceOf(MediaError);
    expect(err.message).toContain(`tracks[0].clips[0] (image): could not load ${base}/big.mp4`);
    expect(err.message).toContain('MAX_MEDIA_BYTES');
    expect(err.refundable).toBe(false);
  });

  it('a missing own file fails the render on our side: refundable', async () => {
    const err = (await prefetchMedia(config('/files/uploads/u1/gone.png')).catch((e: unknown) => e)) as MediaError;
    expect(err.message).toContain('tracks[0].clips[0] (image): could not load /files/uploads/u1/gone.png: this server has no such file');
    expect(err.refundable).toBe(true);
  });
});
