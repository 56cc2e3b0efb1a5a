import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fileListResponse, fileResponse, uploadResponse } from '../../lib/server/api-responses';
import * as fx from '../../lib/media/testing/media-fixtures';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectError, expectOk } from '../fixtures/contract';

// Cutroom's upload processing against the real server and its render worker: every upload is probed and
// gets its derivatives in the background; GET /api/v1/files/:fileId reports it. Media made by ffmpeg here.
type FileBody = ReturnType<typeof fileResponse.parse>['file'];

let dir: string;
let account: Account;
test.beforeAll(() => {
  dir = fx.fixtureDir();
  account = createAccount();
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function uploadOne(request: APIRequestContext, key: string, file: string, mimeType: string, name = path.basename(file)) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(file))], { type: mimeType }), name);
  const body = await expectOk(await request.post('/api/v1/upload', { headers: bearer(key), multipart: form }), uploadResponse);
  expect(body.assets[0]!.status).toBe('processing');
  return body.assets[0]!;
}

/** Polls GET /api/v1/files/:fileId until processing has ended. */
async function settled(request: APIRequestContext, key: string, id: string, timeoutMs = 90_000): Promise<FileBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { file } = await expectOk(await request.get(`/api/v1/files/${id}`, { headers: bearer(key) }), fileResponse);
    if (file.status !== 'processing') return file;
    if (Date.now() > deadline) throw new Error(`file ${id} still processing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function download(request: APIRequestContext, url: string, name: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const out = path.join(dir, name);
  fs.writeFileSync(out, await res.body());
  return { res, file: out };
}

test('an H.264 upload becomes ready with poster, thumbnail, filmstrip and waveform', async ({ request }) => {
  const asset = await uploadOne(request, account.key, fx.h264WithAudio(dir, 4), 'video/mp4', 'steps.mp4');
  const file = await settled(request, account.key, asset.id);
  expect(file).toMatchObject({ status: 'ready', error: null, width: 64, height: 36, fps: 10, hasAudio: true, proxyUrl: null });
  expect(file.duration).toBeCloseTo(4, 1);

  const thumb = await download(request, file.thumbnailUrl!, 'thumb.webp');
  expect(thumb.res.headers()['content-type']).toBe('image/webp');
  const poster = await download(request, file.posterUrl!, 'poster.jpg');
  expect(fx.imageSize(poster.file)).toEqual({ width: 64, height: 36 });

  const strip = file.filmstrip!;
  expect(strip).toMatchObject({ interval: 0.5, count: 8, columns: 8, tileHeight: 90 });
  const sprite = await download(request, strip.url, 'strip.jpg');
  const index = (await (await request.get(strip.indexUrl)).json()) as { interval: number; tiles: { time: number; x: number; y: number }[] };
  expect(index.tiles).toHaveLength(strip.count);
  for (const [i, tile] of index.tiles.entries()) {
    expect(tile).toEqual({ time: i * strip.interval, x: (i % strip.columns) * strip.tileWidth, y: Math.floor(i / strip.columns) * strip.tileHeight });
    const seen = fx.averageColour(sprite.file, { x: tile.x + 20, y: tile.y + 20, w: strip.tileWidth - 40, h: strip.tileHeight - 40 });
    expect(seen.every((v, c) => Math.abs(v - fx.stepColour(Math.floor(tile.time))[c]!) < 40), `tile ${i} at ${tile.time}s: ${seen}`).toBe(true);
  }

  const waveform = (await (await request.get(file.waveformUrl!)).json()) as { version: number; channels: number; duration: number; levels: { bucketSeconds: number; data: number[] }[] };
  expect(waveform).toMatchObject({ version: 1, channels: 1 });
  expect(waveform.levels[0]!.bucketSeconds).toBe(0.01);
  const fine = waveform.levels[0]!.data;
  const peakAt = (bucket: number) => Math.max(Math.abs(fine[2 * bucket]!), Math.abs(fine[2 * bucket + 1]!));
  expect(peakAt(125)).toBeGreaterThan(60); // the tone sounds from 1.0 s to 1.5 s
  expect(peakAt(50)).toBeLessThan(5);
  expect(peakAt(300)).toBeLessThan(5);

  const list = await expectOk(await request.get('/api/v1/files?type=video', { headers: bearer(account.key) }), fileListResponse);
  expect(list.files.find((f) => f.id === asset.id)).toEqual(file);
});

test('an HEVC .mov gets an H.264/AAC proxy with the same duration', async ({ request }) => {
  const asset = await uploadOne(request, account.key, fx.hevcMov(dir, 2), 'video/quicktime', 'phone.mov');
  const file = await settled(request, account.key, asset.id);
  expect(file.status).toBe('ready');
  const proxy = await download(request, file.proxyUrl!, 'proxy.mp4');
  expect(proxy.res.headers()['content-type']).toBe('video/mp4');
  const probe = fx.probeStreams(proxy.file);
  expect(probe.codecs.sort()).toEqual(['aac', 'h264']);
  expect(Math.abs(probe.duration - (file.duration ?? 0))).toBeLessThan(0.1);
});

test('a portrait phone video reports its displayed size', async ({ request }) => {
  const asset = await uploadOne(request, account.key, fx.portraitPhone(dir), 'video/quicktime', 'portrait.mov');
  const file = await settled(request, account.key, asset.id);
  expect({ width: file.width, height: file.height }).toEqual({ width: 36, height: 64 });
  expect(fx.imageSize((await download(request, file.posterUrl!, 'portrait.jpg')).file)).toEqual({ width: 36, height: 64 });
});

test('an SVG is served without its script, handlers or external references, and thumbnailed', async ({ request }) => {
  const svg = path.join(dir, 'evil.svg');
  fs.writeFileSync(svg, fx.maliciousSvg);
  const asset = await uploadOne(request, account.key, svg, 'image/svg+xml');
  const served = await (await request.get(asset.url)).text();
  expect(served).toContain('<rect');
  expect(served).not.toMatch(/<script|\son[a-z]+=|javascript:|evil\.example|foreignObject/i);
  const file = await settled(request, account.key, asset.id);
  expect(file).toMatchObject({ status: 'ready', width: 40, height: 20 });
  expect(file.thumbnailUrl).not.toBeNull();
});

test.describe('bad input ends ready or failed with a reason, and the file stays', () => {
  const cases: { name: string; make: () => string; mimeType: string; status: 'ready' | 'failed'; reason?: RegExp }[] = [
    { name: 'a truncated MP4', make: () => fx.truncatedMp4(dir), mimeType: 'video/mp4', status: 'failed', reason: /truncated or damaged/ },
    { name: 'a zero-length WAV', make: () => fx.emptyWav(dir), mimeType: 'audio/wav', status: 'failed', reason: /empty: it is 0 seconds long/ },
    { name: 'an MP4 with no video stream', make: () => fx.soundOnlyMp4(dir), mimeType: 'video/mp4', status: 'failed', reason: /no picture/ },
    { name: 'a 1×1 image', make: () => fx.png(dir, 1, 1), mimeType: 'image/png', status: 'ready' },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const asset = await uploadOne(request, account.key, c.make(), c.mimeType);
      const file = await settled(request, account.key, asset.id);
      expect(file.status).toBe(c.status);
      if (c.reason) expect(file.error).toMatch(c.reason);
      else expect(file.error).toBeNull();
      expect((await request.get(asset.url)).status()).toBe(200);
    });
  }
});

test('another user’s file and its derivatives are not found; deleting removes the derivatives', async ({ request }) => {
  const asset = await uploadOne(request, account.key, fx.png(dir, 640, 360), 'image/png', 'wide.png');
  const file = await settled(request, account.key, asset.id);
  expect(file.thumbnailUrl).toMatch(new RegExp(`/files/uploads/usr_[A-Za-z0-9]+/derived/${asset.id}/thumb\\.webp$`));
  const other = createAccount();
  await expectError(await request.get(`/api/v1/files/${asset.id}`, { headers: bearer(other.key) }), 404, 'NOT_FOUND');
  await expectError(await request.delete(`/api/v1/files/${asset.id}`, { headers: bearer(other.key) }), 404, 'NOT_FOUND');
  const theirs = await expectOk(await request.get('/api/v1/files', { headers: bearer(other.key) }), fileListResponse);
  expect(JSON.stringify(theirs)).not.toContain(asset.id);

  expect((await request.get(file.thumbnailUrl!)).status()).toBe(200);
  expect((await request.delete(`/api/v1/files/${asset.id}`, { headers: bearer(account.key) })).status()).toBe(200);
  expect((await request.get(file.thumbnailUrl!)).status()).toBe(404);
  await expectError(await request.get(`/api/v1/files/${asset.id}`, { headers: bearer(account.key) }), 404, 'NOT_FOUND');
});

test('GET /api/v1/files/:fileId answers the documented errors', async ({ request }) => {
  await expectError(await request.get('/api/v1/files/asset_doesnotexist0000000'), 401, 'MISSING_API_KEY');
  await expectError(await request.get('/api/v1/files/asset_doesnotexist0000000', { headers: bearer(account.key) }), 404, 'NOT_FOUND');
});

test('the OpenAPI document describes the processing fields and GET /api/v1/files/{fileId}', async ({ request }) => {
  const doc = (await (await request.get('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  expect(doc.paths['/api/v1/files/{fileId}']).toHaveProperty('get');
  const props = Object.keys(doc.components.schemas.FileAsset!.properties ?? {});
  for (const field of ['status', 'error', 'duration', 'width', 'height', 'fps', 'hasAudio', 'thumbnailUrl', 'posterUrl', 'waveformUrl', 'proxyUrl', 'filmstrip']) {
    expect(props).toContain(field);
  }
});

