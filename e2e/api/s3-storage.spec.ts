import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { APIRequestContext } from '@playwright/test';
import { fileResponse, uploadResponse } from '../../lib/contract';
import * as fx from '../../lib/media/testing/media-fixtures';
import { bearer, smallConfig } from '../fixtures/api';
import { expectOk } from '../fixtures/contract';
import { expect, test } from '../fixtures/s3-servers';
import { pidListeningOn, rssBytes } from '../fixtures/server-process';

// An app whose STORAGE_URL is an S3 bucket on a real S3-compatible server (s3rver, its own process):
// uploads are processed from it, served from it with ranges, renders land in it, deletes empty it.
// Nothing of the app's objects is under its DATA_DIR/files.
type FileBody = ReturnType<typeof fileResponse.parse>['file'];
const MB = 1024 * 1024;

let dir: string;
test.beforeAll(() => {
  dir = fx.fixtureDir();
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function settled(request: APIRequestContext, url: string, key: string, id: string): Promise<FileBody> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { file } = await expectOk(await request.get(`${url}/api/v1/files/${id}`, { headers: bearer(key) }), fileResponse);
    if (file.status !== 'processing') return file;
    if (Date.now() > deadline) throw new Error(`file ${id} still processing after 90 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function objectBytes(s3app: { s3: { client: import('@aws-sdk/client-s3').S3Client; bucket: string } }, key: string): Promise<Buffer> {
  const res = await s3app.s3.client.send(new GetObjectCommand({ Bucket: s3app.s3.bucket, Key: key }));
  return Buffer.from(await res.Body!.transformToByteArray());
}

test('an MP4 uploaded to S3 storage is processed, served with ranges, and deleted from the bucket', async ({ s3app, request }) => {
  const { url, s3, prefix } = s3app;
  const account = await s3app.createAccount();
  const mp4 = fx.h264WithAudio(dir, 4);
  const original = fs.readFileSync(mp4);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(original)], { type: 'video/mp4' }), 'steps.mp4');
  const { assets } = await expectOk(await request.post(`${url}/api/v1/upload`, { headers: bearer(account.key), multipart: form }), uploadResponse);
  const asset = assets[0]!;

  // The original is in the bucket, byte for byte, and nowhere on the app's disk.
  const key = decodeURIComponent(new URL(asset.url).pathname.replace(/^\/files\//, ''));
  expect((await objectBytes(s3app, `${prefix}/${key}`)).equals(original)).toBe(true);
  expect(fs.existsSync(path.join(`${process.env.E2E_DATA_DIR ?? '.data-e2e'}-s3`, 'files', key))).toBe(false);

  // Processed by the worker from a temporary download: probe values, and derivatives stored in the bucket.
  const file = await settled(request, url, account.key, asset.id);
  expect(file).toMatchObject({ status: 'ready', error: null, width: 64, height: 36, fps: 10, hasAudio: true });
  const thumb = await request.get(file.thumbnailUrl!);
  expect(thumb.status()).toBe(200);
  expect(thumb.headers()['content-type']).toBe('image/webp');
  const strip = await request.get(file.filmstrip!.url);
  expect(strip.status()).toBe(200);
  const sprite = path.join(dir, 'strip.jpg');
  fs.writeFileSync(sprite, await strip.body());
  expect(fx.imageSize(sprite)).toEqual({ width: file.filmstrip!.columns * file.filmstrip!.tileWidth, height: file.filmstrip!.tileHeight });
  const derived = await s3.list(`${prefix}/uploads/`);
  expect(derived).toEqual(expect.arrayContaining([expect.stringMatching(/\/derived\/.+\/thumb\.webp$/), expect.stringMatching(/\/derived\/.+\/filmstrip\.jpg$/)]));

  // Range requests on the stored MP4: 206 with exactly those bytes, as a browser seeking asks.
  for (const [start, end] of [[0, 1], [1000, 4999], [original.length - 100, original.length - 1]] as const) {
    const res = await request.get(asset.url, { headers: { range: `bytes=${start}-${end}` } });
    expect(res.status()).toBe(206);
    expect(res.headers()['content-range']).toBe(`bytes ${start}-${end}/${original.length}`);
    expect((await res.body()).equals(original.subarray(start, end + 1))).toBe(true);
  }
  const open = await request.get(asset.url, { headers: { range: `bytes=${original.length - 10}-` } });
  expect(open.status()).toBe(206);
  expect((await open.body()).equals(original.subarray(original.length - 10))).toBe(true);
  expect((await request.get(asset.url, { headers: { range: `bytes=${original.length}-` } })).status()).toBe(416);
  const whole = await request.get(asset.url);
  expect(whole.status()).toBe(200);
  expect((await whole.body()).equals(original)).toBe(true);

  // Deleting the file removes the original and every derivative from the bucket.
  expect((await request.delete(`${url}/api/v1/files/${asset.id}`, { headers: bearer(account.key) })).status()).toBe(200);
  expect((await s3.list(`${prefix}/uploads/`)).filter((k) => k.includes(asset.id))).toEqual([]);
  expect((await request.get(asset.url)).status()).toBe(404);
});

test("a render's videoUrl serves from the bucket, and deleting the task empties its folder", async ({ s3app, request }) => {
  const { url, s3, prefix } = s3app;
  const account = await s3app.createAccount();
  const created = await request.post(`${url}/api/v1/video`, { headers: bearer(account.key), data: { config: smallConfig('From S3', 1) } });
  expect(created.status()).toBe(200);
  const task = (await created.json()) as { taskId: string };
  expect((await request.post(`${url}/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })).status()).toBe(200);
  let done: Record<string, unknown>;
  for (const deadline = Date.now() + 150_000; ; ) {
    done = (await (await request.get(`${url}/api/v1/video/${task.taskId}`, { headers: bearer(account.key) })).json()) as Record<string, unknown>;
    if (done.status !== 'rendering') break;
    if (Date.now() > deadline) throw new Error('render still running after 150 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(done.status, String(done.error)).toBe('completed');
  const videoUrl = String(done.videoUrl);
  expect(videoUrl.startsWith(`${url}/files/renders/${task.taskId}/`)).toBe(true);
  const video = await request.get(videoUrl);
  expect(video.status()).toBe(200);
  const bytes = await video.body();
  expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  const stored = await s3.list(`${prefix}/renders/${task.taskId}/`);
  expect(stored.some((k) => k.endsWith('.mp4'))).toBe(true);
  const key = decodeURIComponent(new URL(videoUrl).pathname.replace(/^\/files\//, ''));
  expect((await objectBytes(s3app, `${prefix}/${key}`)).equals(bytes)).toBe(true);
  const part = await request.get(videoUrl, { headers: { range: 'bytes=4-7' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).toString('latin1')).toBe('ftyp');

  expect((await request.delete(`${url}/api/v1/video/${task.taskId}`, { headers: bearer(account.key) })).status()).toBe(200);
  expect(await s3.list(`${prefix}/renders/${task.taskId}/`)).toEqual([]);
});

/**
 * POSTs a multipart upload of `size` bytes (an MP4 file-type box, then filler), generated as it is sent.
 * Resolves with the answer once the server has replied.
 */
function postGenerated(port: number, key: string, size: number): Promise<{ status: number; body: string }> {
  const boundary = `----cutroom${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  // ftyp box: enough for the upload's sniffing to call it an MP4.
  const ftyp = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex');
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/upload',
      headers: { ...bearer(key), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const filler = Buffer.alloc(MB, 0x5a);
    let sent = 0;
    req.write(head);
    req.write(ftyp);
    sent += ftyp.length;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(filler.length, size - sent);
        sent += n;
        if (!req.write(n === filler.length ? filler : filler.subarray(0, n))) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

// S3_BIG_UPLOAD_MB=1024 (`npm run test:long`) runs it at 1 GB (docs/storage.md has the figures); by default a 256 MB body, which
// still spans 52 parts of 5 MB, so buffering the body would show as growth far past the bound.
test('a large upload streams to S3 with the web server memory flat', async ({ s3app }) => {
  const sizeMb = Number(process.env.S3_BIG_UPLOAD_MB ?? 256);
  test.setTimeout(Math.max(120_000, sizeMb * 1500));
  const { port, s3, prefix } = s3app;
  const account = await s3app.createAccount({ plan: 'starter' });
  const pid = pidListeningOn(port);
  // A small upload first: the route's code (the S3 client, busboy) loads and compiles once, which is not
  // growth from the body.
  const warmUp = JSON.parse((await postGenerated(port, account.key, MB)).body) as { assets: { id: string }[] };
  await fetch(`${s3app.url}/api/v1/files/${warmUp.assets[0]!.id}`, { method: 'DELETE', headers: bearer(account.key) });
  const before = rssBytes(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 50);
  const started = Date.now();
  let answer: { status: number; body: string };
  try {
    answer = await postGenerated(port, account.key, sizeMb * MB);
  } finally {
    clearInterval(timer);
  }
  const seconds = (Date.now() - started) / 1000;
  expect(answer.status, answer.body).toBe(200);
  const asset = (JSON.parse(answer.body) as { assets: { id: string; url: string; size: number }[] }).assets[0]!;
  expect(asset.size).toBe(sizeMb * MB);
  const key = decodeURIComponent(new URL(asset.url).pathname.replace(/^\/files\//, ''));
  const head = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}/${key}`, Range: 'bytes=0-7' }));
  expect(head.ContentRange).toBe(`bytes 0-7/${sizeMb * MB}`);
  const growth = peak - before;
  console.log(`[s3 upload] ${sizeMb} MB in ${seconds.toFixed(1)} s, web server RSS ${(before / MB).toFixed(0)} → peak ${(peak / MB).toFixed(0)} MB (+${(growth / MB).toFixed(1)} MB)`);
  // The upload holds 3 buffers of 5 MB (2 parts uploading, 1 filling); the rest is the request's garbage the
  // collector has not caught up with: +47–56 MB on a quiet machine at 256 MB and 1 GB alike (docs/storage.md).
  // At 1 GB (`npm run test:long`) the bound is the 64 MB; the everyday 256 MB run leaves a loaded machine's
  // collector twice that, and buffering the body would still grow it by the whole 256 MB.
  const bound = (sizeMb >= 1024 ? 64 : 128) * MB;
  expect(growth, `RSS grew by ${(growth / MB).toFixed(0)} MB`).toBeLessThan(bound);
  await fetch(`${s3app.url}/api/v1/files/${asset.id}`, { method: 'DELETE', headers: bearer(account.key) });
});
