import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  capabilitiesResponse,
  creditsResponse,
  fileDeletedResponse,
  fileListResponse,
  fileResponse,
  previewConvertedResponse,
  previewCreatedResponse,
  previewResponse,
  renderStartedResponse,
  taskCreatedResponse,
  taskDeletedResponse,
  taskListResponse,
  taskResponse,
  uploadResponse,
} from '../../lib/contract';
import { CutroomApiError, webhooks, type RetryEvent } from '../../sdk/src/index.js';
import { smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { querySql } from '../fixtures/db';
import { ffprobe } from '../fixtures/ffprobe';
import { test as limitedTest } from '../fixtures/limited-servers';
import { makeMedia } from '../fixtures/media';
import { cutroomFor, e2eBaseUrl, helperPort } from '../fixtures/sdk';

// The SDK (sdk/) against the running server, the way a program uses it: real HTTP, real accounts, real
// media made by ffmpeg, a real render downloaded and probed. Every answer the SDK hands back is parsed
// with the server's own response schemas (lib/contract), so SDK types and server shapes cannot drift apart
// unnoticed.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sdk-e2e-'));
test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Awaits a promise that must reject, and returns its error as a CutroomApiError. */
async function apiError(promise: Promise<unknown>): Promise<CutroomApiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected the call to fail').toBeInstanceOf(CutroomApiError);
  return err as CutroomApiError;
}

/** A local HTTP server (on this checkout's helper ports) that keeps what it receives. */
async function listen(port: number, handle: (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => void | Promise<void>) {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void handle(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('videos: create, list by category, get, update with a version (a stale one is a typed 409), delete', async () => {
  const sdk = cutroomFor(createAccount().key);
  const created = taskCreatedResponse.parse(await sdk.videos.create({ config: smallConfig('SDK one'), metadata: { project: 'sdk' }, category: 'promo', title: 'First' }));
  expect(created).toMatchObject({ status: 'created', width: 320, height: 180, title: 'First', category: 'promo' });
  const other = await sdk.videos.create({ config: smallConfig('SDK two'), category: 'other' });

  const promo = taskListResponse.parse(await sdk.videos.list({ category: 'promo' }));
  expect(promo.tasks.map((t) => t.taskId)).toEqual([created.taskId]);
  expect(taskListResponse.parse(await sdk.videos.list()).pagination.total).toBe(2);
  expect(taskListResponse.parse(await sdk.videos.list({ category: 'all', limit: 1 })).tasks).toHaveLength(1);
  const everything = [];
  for await (const t of sdk.videos.iterate({ limit: 1 })) everything.push(t.taskId);
  expect(everything).toHaveLength(2);

  const task = taskResponse.parse(await sdk.videos.get(created.taskId));
  expect(task).toMatchObject({ version: 1, metadata: { project: 'sdk' }, status: 'created' });
  const updated = taskResponse.parse(await sdk.videos.update(created.taskId, { title: 'Second' }, { version: task.version }));
  expect(updated).toMatchObject({ title: 'Second', version: 2 });

  const conflict = await apiError(sdk.videos.update(created.taskId, { title: 'Lost update' }, { version: 1 }));
  expect(conflict).toMatchObject({ status: 409, code: 'CONFLICT', shape: 'renderingvideo', details: { currentVersion: 2 } });
  expect(conflict.message.length).toBeGreaterThan(5);
  expect((await sdk.videos.get(created.taskId)).title).toBe('Second'); // nothing written
  // Without a version the last write wins.
  expect((await sdk.videos.update(created.taskId, { title: 'Third' })).version).toBe(3);

  const invalid = await apiError(sdk.videos.create({ config: { meta: { version: '2.0.0', width: -1, height: 10 }, tracks: [] } }));
  expect(invalid).toMatchObject({ status: 400, code: 'INVALID_CONFIG' });
  expect(invalid.details.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringContaining('width') })]));

  expect(taskDeletedResponse.parse(await sdk.videos.delete(created.taskId)).deleted).toBe(true);
  expect(await apiError(sdk.videos.get(created.taskId))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  // Another account's key sees nothing of this one's; a bad key is a typed 401.
  const stranger = cutroomFor(createAccount().key);
  expect(await apiError(stranger.videos.get(other.taskId))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  expect((await stranger.videos.list({ category: 'other' })).tasks).toEqual([]);
  expect(await apiError(cutroomFor('sk-doesnotexist00000000000000000000000000').credits.get())).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
});

test('files: upload from a path, a Buffer and a stream; list by type, get, wait for processing, delete', async () => {
  const sdk = cutroomFor(createAccount().key);
  const mp4Path = path.join(tmp, 'clip.mp4');
  fs.writeFileSync(mp4Path, makeMedia('mp4'));
  const wav = makeMedia('wav');
  const mp3Path = path.join(tmp, 'tone.mp3');
  fs.writeFileSync(mp3Path, makeMedia('mp3'));

  const fromPath = uploadResponse.parse(await sdk.files.upload(mp4Path));
  expect(fromPath.assets[0]).toMatchObject({ name: 'clip.mp4', type: 'video', mimeType: 'video/mp4', size: fs.statSync(mp4Path).size });
  const fromBuffer = uploadResponse.parse(await sdk.files.upload({ file: wav, name: 'tone.wav' }));
  expect(fromBuffer.assets[0]).toMatchObject({ name: 'tone.wav', type: 'audio', size: wav.length });
  const fromStream = uploadResponse.parse(await sdk.files.upload({ file: fs.createReadStream(mp3Path), name: 'tone.mp3' }));
  expect(fromStream.assets[0]).toMatchObject({ name: 'tone.mp3', type: 'audio', size: fs.statSync(mp3Path).size });
  const [video, , mp3] = [fromPath.assets[0]!, fromBuffer.assets[0]!, fromStream.assets[0]!];

  // The stored bytes are the sent bytes.
  expect(Buffer.from(await (await fetch(mp3.url)).arrayBuffer()).equals(fs.readFileSync(mp3Path))).toBe(true);

  const videos = fileListResponse.parse(await sdk.files.list({ type: 'video' }));
  expect(videos.files.map((f) => f.id)).toEqual([video.id]);
  expect(fileListResponse.parse(await sdk.files.list()).pagination.total).toBe(3);

  const processed = fileResponse.parse(await sdk.files.waitForProcessing(video.id, { pollIntervalMs: 300, timeoutMs: 60_000 }));
  expect(processed.file).toMatchObject({ status: 'ready', width: 64, height: 64 });
  expect(processed.file.duration).toBeCloseTo(1, 0);
  expect(fileResponse.parse(await sdk.files.get(mp3.id)).file.name).toBe('tone.mp3');

  expect(fileDeletedResponse.parse(await sdk.files.delete(mp3.id)).fileId).toBe(mp3.id);
  expect(await apiError(sdk.files.get(mp3.id))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  expect((await fetch(mp3.url)).status).toBe(404);
  const refused = await apiError(sdk.files.upload({ file: Buffer.from('plain text, not media'), name: 'notes.txt' }));
  expect(refused).toMatchObject({ status: 400, code: 'UNSUPPORTED_FILE_TYPE' });
});

test('a short render: render, waitForRender with progress, download and ffprobe it, credits, the signed webhook', async () => {
  test.slow(); // a real render: over a minute on a loaded machine
  const account = createAccount({ credits: 10 });
  const sdk = cutroomFor(account.key);
  const deliveries: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const receiver = await listen(helperPort(0), (req, body, res) => {
    deliveries.push({ headers: req.headers, body: body.toString('utf8') });
    res.writeHead(204).end();
  });
  try {
    const { taskId } = await sdk.videos.create({ config: smallConfig('Rendered by the SDK', 1) });
    const started = renderStartedResponse.parse(await sdk.renders.render(taskId, { webhookUrl: `${receiver.url}/hook` }));
    expect(started).toMatchObject({ status: 'rendering', cost: 1, remainingCredits: 9 });
    const progress: number[] = [];
    const done = taskResponse.parse(await sdk.renders.waitForRender(taskId, { pollIntervalMs: 300, timeoutMs: 240_000, onProgress: (s) => progress.push(s.progress) }));
    expect(done).toMatchObject({ status: 'completed', progress: 100, renderTaskId: started.renderTaskId, costCredits: 1, error: null });
    expect(progress.at(-1)).toBe(100);
    expect((await sdk.renders.status(taskId)).status).toBe('completed');

    const file = path.join(tmp, 'render.mp4');
    const bytes = await sdk.renders.download(done, file);
    expect(bytes).toBe(fs.statSync(file).size);
    const probe = ffprobe(file);
    expect(probe.duration).toBeCloseTo(1, 1);
    expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
    expect(creditsResponse.parse(await sdk.credits.get()).credits).toBe(9);

    // The render webhook, verified with the SDK against the account's secret.
    await expect.poll(() => deliveries.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const delivery = deliveries[0]!;
    const secret = String((await querySql('select "webhookSecret" from "User" where id = $1', [account.userId])).rows[0]?.webhookSecret);
    const signature = delivery.headers['x-cutroom-signature'];
    const timestamp = String(delivery.headers['x-cutroom-timestamp']);
    expect(webhooks.verify(delivery.body, signature, secret, { timestamp })).toBe(true);
    expect(webhooks.parse(delivery.body, signature, secret, { timestamp })).toMatchObject({ taskId, renderTaskId: started.renderTaskId, status: 'completed' });
    expect(webhooks.verify(delivery.body, signature, `${secret}x`, { timestamp })).toBe(false);
    expect(webhooks.verify(delivery.body.replace('completed', 'failed'), signature, secret, { timestamp })).toBe(false);
    expect(webhooks.verify(delivery.body, signature, secret, { timestamp, now: (Number(timestamp) + 301) * 1000 })).toBe(false);
  } finally {
    await receiver.close();
  }
});

test('previews and capabilities through the SDK', async () => {
  const sdk = cutroomFor(createAccount().key);
  const preview = previewCreatedResponse.parse(await sdk.previews.create(smallConfig('Preview')));
  expect(previewResponse.parse(await sdk.previews.get(preview.tempId)).config.meta.width).toBe(320);
  const converted = previewConvertedResponse.parse(await sdk.previews.convert(preview.tempId, { category: 'from-preview', title: 'Converted' }));
  expect(converted).toMatchObject({ converted: true, title: 'Converted', category: 'from-preview' });
  expect((await sdk.videos.list({ category: 'from-preview' })).tasks.map((t) => t.taskId)).toEqual([converted.taskId]);
  expect((await sdk.previews.delete(preview.tempId)).deleted).toBe(true);
  expect(await apiError(sdk.previews.get(preview.tempId))).toMatchObject({ status: 404, code: 'NOT_FOUND' });

  const caps = capabilitiesResponse.parse(await sdk.capabilities.get());
  expect(caps.clipTypes).toContain('text');
  expect(caps.qualityTiers.map((t) => t.quality)).toContain('1080p');
});

test('a POST whose answer is lost is retried with the same key: one render, one charge', async () => {
  const account = createAccount({ credits: 10 });
  const direct = cutroomFor(account.key);
  const { taskId } = await direct.videos.create({ config: smallConfig('Once only', 1) });

  // A proxy in front of the server that lets the first POST /render reach the server, then drops its
  // answer (the connection closes without a response), as a timed-out network would.
  const seen: { method: string; url: string; key: string | undefined; status: number; replayed: string | null; body: string }[] = [];
  let hasDropped = false;
  const proxy = await listen(helperPort(1), async (req, body, res) => {
    const upstream = await fetch(`${e2eBaseUrl()}${req.url}`, {
      method: req.method,
      headers: Object.fromEntries(['authorization', 'content-type', 'idempotency-key'].flatMap((h) => (req.headers[h] ? [[h, String(req.headers[h])]] : []))),
      body: req.method === 'GET' ? undefined : new Uint8Array(body),
    });
    const text = await upstream.text();
    seen.push({ method: req.method ?? '', url: req.url ?? '', key: req.headers['idempotency-key'] as string | undefined, status: upstream.status, replayed: upstream.headers.get('idempotent-replayed'), body: text });
    if (!hasDropped && req.method === 'POST' && req.url?.endsWith('/render')) {
      hasDropped = true;
      req.socket.destroy();
      return;
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
  });
  try {
    const retries: RetryEvent[] = [];
    const viaProxy = cutroomFor(account.key, { baseUrl: proxy.url, onRetry: (e) => retries.push(e), backoff: { baseDelayMs: 200 } });
    const started = await viaProxy.renders.render(taskId);

    const posts = seen.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1]!.key).toBe(posts[0]!.key);
    expect(posts.map((p) => [p.status, p.replayed])).toEqual([[200, null], [200, 'true']]);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ retry: 1, method: 'POST', idempotencyKey: posts[0]!.key });
    // The SDK got the first (lost) answer back, and the work was done once.
    expect(started).toEqual(JSON.parse(posts[0]!.body));
    const renders = await querySql('select count(*) as n from "Render" where "taskId" = $1', [taskId]);
    expect(Number(renders.rows[0]?.n)).toBe(1);
    expect((await direct.credits.get()).credits).toBe(10 - started.cost);
  } finally {
    await proxy.close();
    await direct.videos.delete(taskId); // stops the render (refunded): nothing of it is needed
  }
});

limitedTest('a burst over a low rate limit: the SDK waits for Retry-After and every call succeeds', async ({ limited }) => {
  // The limited servers allow 6 requests per 6 s per key (e2e/fixtures/limited-servers.ts).
  const { key } = await limited.createAccount();
  const retries: RetryEvent[] = [];
  const sdk = cutroomFor(key, { baseUrl: limited.urls[0], onRetry: (e) => retries.push(e) });
  const startedAt = Date.now();
  // Nine at once from a fresh key: its window starts with them, so six pass and three are refused.
  const answers = await Promise.all(Array.from({ length: 9 }, () => sdk.credits.get()));
  expect(answers.every((a) => a.success && typeof a.credits === 'number')).toBe(true);
  const refused = retries.filter((r) => r.status === 429);
  expect(refused).toHaveLength(3);
  for (const r of refused) {
    expect(r.code).toBe('RATE_LIMITED');
    expect(r.delayMs).toBeGreaterThanOrEqual(1000); // Retry-After is at least 1 s
    expect(r.delayMs).toBeLessThanOrEqual(6250);
  }
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(Math.min(...refused.map((r) => r.delayMs)));

  // Without retries the refusal surfaces as a typed 429 with the server's hints.
  const { key: otherKey } = await limited.createAccount();
  const once = cutroomFor(otherKey, { baseUrl: limited.urls[1], maxRetries: 0 });
  for (let i = 0; i < 6; i++) await once.credits.get();
  const err = await apiError(once.credits.get());
  expect(err).toMatchObject({ status: 429, code: 'RATE_LIMITED', details: { limit: 6 } });
  expect(Number(err.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(err.headers.get('x-ratelimit-remaining')).toBe('0');
});
