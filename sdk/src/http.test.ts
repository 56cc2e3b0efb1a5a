import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Cutroom } from './client.js';
import { CutroomApiError, CutroomConnectionError, CutroomTimeoutError } from './errors.js';
import type { RetryEvent } from './http.js';

// The transport against a real local HTTP server whose answers each test scripts: what is sent (headers,
// keys, multipart bodies) and how refusals, dropped connections and slow answers are retried.

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
type Script = (req: Seen, res: http.ServerResponse, n: number) => void;

let server: http.Server;
let baseUrl: string;
let seen: Seen[] = [];
let script: Script = (_req, res) => res.end('{}');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(entry);
      script(entry, res, seen.length);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
});

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const client = (opts: Partial<ConstructorParameters<typeof Cutroom>[0]> = {}) =>
  new Cutroom({ apiKey: 'sk-test', baseUrl, backoff: { baseDelayMs: 10, maxDelayMs: 40 }, ...opts });

describe('requests', () => {
  it('sends the key as Bearer, JSON bodies, query strings under /api/v1', async () => {
    script = (_req, res) => json(res, 200, { success: true, tasks: [], pagination: { page: 2, limit: 5, total: 0 } });
    const page = await client({ baseUrl: `${baseUrl}/api/v1/` }).videos.list({ page: 2, limit: 5, category: 'promo', status: undefined });
    expect(page.pagination.page).toBe(2);
    expect(seen[0]?.url).toBe('/api/v1/video?page=2&limit=5&category=promo');
    expect(seen[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(seen[0]?.headers['idempotency-key']).toBeUndefined();
    script = (_req, res) => json(res, 200, { success: true, taskId: 't1' });
    await client().videos.update('t/1', { title: 'x' }, { version: 3 });
    expect(seen[1]).toMatchObject({ method: 'PATCH', url: '/api/v1/video/t%2F1' });
    expect(seen[1]?.headers['if-match']).toBe('"3"');
    expect(seen[1]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[1]!.body.toString())).toEqual({ title: 'x' });
  });

  it('turns both error shapes into CutroomApiError', async () => {
    script = (_req, res) => json(res, 409, { success: false, error: 'Version 2 is not current', code: 'CONFLICT', details: { currentVersion: 3 } });
    const conflict = await client().videos.update('t1', { title: 'x' }, { version: 2 }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(CutroomApiError);
    expect(conflict).toMatchObject({ status: 409, code: 'CONFLICT', message: 'Version 2 is not current', details: { currentVersion: 3 }, shape: 'renderingvideo' });
    expect(seen).toHaveLength(1); // a 409 is not retried
    script = (_req, res) => json(res, 413, { error: { code: 'file_too_large', message: 'File exceeds the 5 GB limit.', max_bytes: 5368709120 } });
    const tooLarge = await client().assets.get('ast_1').catch((e: unknown) => e);
    expect(tooLarge).toMatchObject({ status: 413, code: 'file_too_large', details: { max_bytes: 5368709120 }, shape: 'rendrsink' });
    script = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>nope</h1>');
    };
    expect(await client().credits.get().catch((e: unknown) => e)).toMatchObject({ status: 404, code: 'HTTP_404', shape: 'unknown' });
  });
});

describe('retries', () => {
  it('retries a POST after 5xx and 429 with one Idempotency-Key, waiting what Retry-After says', async () => {
    script = (_req, res, n) => {
      if (n === 1) return json(res, 503, { success: false, error: 'busy', code: 'INTERNAL_ERROR' });
      if (n === 2) return json(res, 429, { success: false, error: 'slow down', code: 'RATE_LIMITED', details: { retryAfterMs: 900 } }, { 'retry-after': '1' });
      json(res, 200, { success: true, taskId: 'abc' });
    };
    const retries: RetryEvent[] = [];
    const started = Date.now();
    const created = await client({ onRetry: (e) => retries.push(e) }).videos.create({ config: { meta: { version: '2.0.0', width: 1, height: 1 }, tracks: [] } });
    expect(created.taskId).toBe('abc');
    expect(seen).toHaveLength(3);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(retries.map((r) => [r.retry, r.status, r.code])).toEqual([[1, 503, 'INTERNAL_ERROR'], [2, 429, 'RATE_LIMITED']]);
    expect(retries[1]!.delayMs).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // The next call has its own key.
    await client().videos.create({ config: {} });
    expect(seen[3]?.headers['idempotency-key']).not.toBe(keys[0]);
    await client().videos.create({ config: {} }, { idempotencyKey: 'mine-1' });
    expect(seen[4]?.headers['idempotency-key']).toBe('mine-1');
  });

  it('retries a dropped connection with the same key, and gives up after maxRetries', async () => {
    script = (req, res, n) => (n === 1 ? req && res.socket?.destroy() : json(res, 200, { success: true, renderTaskId: 'rt_1' }));
    await client().renders.render('t1');
    expect(seen).toHaveLength(2);
    expect(seen[0]?.headers['idempotency-key']).toBe(seen[1]?.headers['idempotency-key']);
    script = (_req, res) => res.socket?.destroy();
    const err = await client({ maxRetries: 2 }).credits.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CutroomConnectionError);
    expect(seen).toHaveLength(5);
  });

  it('does not retry 4xx answers, nor anything with maxRetries 0', async () => {
    script = (_req, res) => json(res, 402, { success: false, error: 'Not enough credits', code: 'INSUFFICIENT_CREDITS' });
    await expect(client().renders.render('t1')).rejects.toMatchObject({ status: 402, code: 'INSUFFICIENT_CREDITS' });
    script = (_req, res) => json(res, 500, { success: false, error: 'x', code: 'INTERNAL_ERROR' });
    await expect(client({ maxRetries: 0 }).credits.get()).rejects.toMatchObject({ status: 500 });
    expect(seen).toHaveLength(2);
  });

  it('retries while its own key is still being worked on (409 IDEMPOTENCY_KEY_IN_USE)', async () => {
    script = (_req, res, n) => (n === 1 ? json(res, 409, { success: false, error: 'in use', code: 'IDEMPOTENCY_KEY_IN_USE' }) : json(res, 200, { success: true }));
    await client().previews.create({ meta: { version: '2.0.0', width: 2, height: 2 }, tracks: [] });
    expect(seen).toHaveLength(2);
  });

  it('times out a slow attempt, retries it, and throws CutroomTimeoutError when none answers in time', async () => {
    script = (_req, res, n) => (n === 1 ? setTimeout(() => json(res, 200, { success: true, credits: 1 }), 1000) : json(res, 200, { success: true, credits: 2 }));
    expect((await client({ timeoutMs: 200 }).credits.get()).credits).toBe(2);
    script = (_req, res) => setTimeout(() => json(res, 200, {}), 1000);
    const started = Date.now();
    await expect(client({ timeoutMs: 150, maxRetries: 1 }).credits.get()).rejects.toBeInstanceOf(CutroomTimeoutError);
    expect(Date.now() - started).toBeLessThan(1900); // not waiting for the slow answers (1 s each)
  });

  it('stops at once when the caller aborts', async () => {
    script = (_req, res) => json(res, 503, {}, { 'retry-after': '30' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 200);
    await expect(client().credits.get({ signal: controller.signal })).rejects.toThrow('stop');
    expect(seen).toHaveLength(1);
  });
});

describe('uploads', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sdk-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));

  const parsed = async (s: Seen) => new Response(new Uint8Array(s.body), { headers: { 'content-type': String(s.headers['content-type']) } }).formData();

  it('streams a path, a Buffer and a Blob as multipart with their length, and retries them', async () => {
    const file = path.join(tmp, 'clip é.mp4');
    fs.writeFileSync(file, bytes);
    script = (_req, res, n) => (n % 2 === 1 ? json(res, 503, {}) : json(res, 200, { success: true, count: 1, assets: [] }));
    await client().files.upload(file);
    await client().files.upload({ file: bytes, name: 'a.wav' });
    await client().files.uploadMany([new Blob([bytes], { type: 'audio/mpeg' }), { file, name: 'b.mp4', mimeType: 'video/mp4' }]);
    expect(seen).toHaveLength(6);
    for (const s of seen) expect(Number(s.headers['content-length'])).toBe(s.body.length);
    const first = (await parsed(seen[1]!)).get('file') as File;
    expect(first.name).toBe('clip é.mp4');
    expect(first.type).toBe('video/mp4');
    expect(Buffer.from(await first.arrayBuffer()).equals(bytes)).toBe(true);
    expect(seen[0]?.headers['idempotency-key']).toBe(seen[1]?.headers['idempotency-key']);
    expect(((await parsed(seen[3]!)).get('file') as File).type).toBe('audio/wav');
    const many = (await parsed(seen[5]!)).getAll('files') as File[];
    expect(many.map((f) => [f.name, f.type, f.size])).toEqual([['upload', 'audio/mpeg', 70_000], ['b.mp4', 'video/mp4', 70_000]]);
  });

  it('sends a stream chunked once, never retried', async () => {
    script = (_req, res) => json(res, 200, { success: true });
    await client().files.upload({ file: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), name: 's.mp3' });
    expect(seen[0]?.headers['content-length']).toBeUndefined();
    expect(seen[0]?.headers['transfer-encoding']).toBe('chunked');
    const got = (await parsed(seen[0]!)).get('file') as File;
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    script = (_req, res) => json(res, 503, {});
    await expect(client().files.upload({ file: fs.createReadStream(path.join(tmp, 'clip é.mp4')), name: 'x.mp4' })).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(2);
  });

  it('sends asset fields before the file', async () => {
    script = (_req, res) => json(res, 201, { asset_id: 'ast_1', status: 'processing' });
    const asset = await client().assets.upload({ file: bytes, name: 'v.mp4', profile: 'web-optimized-720p', metadata: { project: 'q2' }, priority: 'high', derivatives: [{ format: 'webm', width: 640 }] });
    expect(asset.asset_id).toBe('ast_1');
    const form = await parsed(seen[0]!);
    expect([...form.keys()]).toEqual(['profile', 'metadata', 'priority', 'derivatives', 'file']);
    expect(JSON.parse(String(form.get('metadata')))).toEqual({ project: 'q2' });
    expect(JSON.parse(String(form.get('derivatives')))).toEqual([{ format: 'webm', width: 640 }]);
  });

  it('fails before sending when a path is missing', async () => {
    await expect(client().files.upload(path.join(tmp, 'missing.mp4'))).rejects.toThrow(/ENOENT/);
    expect(seen).toHaveLength(0);
  });
});
