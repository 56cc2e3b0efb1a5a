import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { assetResponse, createAssetResponse, derivativeListResponse, rendrSinkErrorResponse } from '../../lib/contract';
import * as fx from '../../lib/media/testing/media-fixtures';
import { verifyRendrSinkSignature } from '../../lib/server/webhooks/webhook-signature';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { querySql } from '../fixtures/db';
import { ffprobe } from '../fixtures/ffprobe';

// RendrSink's asset API on Cutroom (issue 14) against the real server and its worker: uploads made by ffmpeg here,
// derivatives made by the worker's ffmpeg and probed with ffprobe, signed events caught by a real local receiver.

type Asset = ReturnType<typeof assetResponse.parse>;
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let dir: string;
let video: string; // 640×360, 4 s, H.264 + AAC
let account: Account;
let other: Account;
let secret: string;
let receiver: http.Server;
let hookUrl: string;
const received: Received[] = [];

test.beforeAll(async () => {
  dir = fx.fixtureDir();
  video = path.join(dir, 'source-640x360.mp4');
  fx.run(['-f', 'lavfi', '-i', fx.colourSteps('640x360', 25, 4), '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=4',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k', '-shortest', video]);
  account = createAccount();
  other = createAccount();
  const rows = await querySql('SELECT "webhookSecret" FROM "User" WHERE id = $1', [account.userId]);
  secret = String(rows.rows[0]?.webhookSecret);
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/rendrsink`;
});
test.afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await new Promise((r) => receiver?.close(r));
});

function form(fields: Record<string, string>, file: { path: string; type: string; name?: string } | null = { path: video, type: 'video/mp4' }) {
  const f = new FormData();
  if (file) f.append('file', new Blob([new Uint8Array(fs.readFileSync(file.path))], { type: file.type }), file.name ?? path.basename(file.path));
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const postAsset = (request: APIRequestContext, key: string, fields: Record<string, string>, headers: Record<string, string> = {}, file?: Parameters<typeof form>[1]) =>
  request.post('/api/v1/assets', { headers: { ...bearer(key), ...headers }, multipart: form(fields, file) });

async function created(res: Awaited<ReturnType<typeof postAsset>>) {
  const text = await res.text();
  expect(res.status(), text).toBe(201);
  return createAssetResponse.parse(JSON.parse(text));
}

async function settled(request: APIRequestContext, key: string, id: string, timeoutMs = 100_000): Promise<Asset> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request.get(`/api/v1/assets/${id}`, { headers: bearer(key) });
    expect(res.status()).toBe(200);
    const asset = assetResponse.parse(await res.json());
    if (asset.status !== 'processing') return asset;
    if (Date.now() > deadline) throw new Error(`asset ${id} still processing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function download(request: APIRequestContext, url: string, name: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const out = path.join(dir, name);
  fs.writeFileSync(out, await res.body());
  return out;
}

async function expectRendrSinkError(res: Awaited<ReturnType<typeof postAsset>>, status: number, code: string) {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  const body = rendrSinkErrorResponse.parse(JSON.parse(text));
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

let processedId = '';

/** The sign-in form as signIn() fills it, with more patience: password hashing is slow on a loaded machine. */
async function signInPatiently(page: Page, who: Account) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
}

test('POST /api/v1/assets → 201 with the documented body; processed into real MP4 and WebM (never upscaled) and thumbnails; signed events', async ({ request }) => {
  test.setTimeout(180_000);
  const metadata = { project: 'campaign-q2', source: 'studio-upload' };
  const body = await created(
    await postAsset(request, account.key, { profile: 'web-optimized-720p', webhook_url: hookUrl, metadata: JSON.stringify(metadata), priority: 'high' }),
  );
  expect(body).toMatchObject({
    status: 'processing',
    profile: 'web-optimized-720p',
    priority: 'high',
    file: { name: 'source-640x360.mp4', size_bytes: fs.statSync(video).size, mime_type: 'video/mp4', dimensions: { width: 640, height: 360 } },
    metadata,
    derivatives_requested: 2,
    webhook_url: hookUrl,
  });
  expect(body.asset_id).toMatch(/^ast_[0-9A-Za-z]{16}$/);
  expect(body.file.duration_ms).toBeGreaterThan(3900);
  expect(body.file.duration_ms).toBeLessThan(4200);
  expect(body.estimated_ms).toBeGreaterThan(1500);
  expect(Object.keys(body).slice(0, 3)).toEqual(['asset_id', 'status', 'estimated_ms']);
  processedId = body.asset_id;

  const asset = await settled(request, account.key, body.asset_id);
  expect(asset, JSON.stringify(asset)).toMatchObject({ status: 'processed', error: null });
  expect(asset.processing_ms).toBeGreaterThan(0);
  expect(asset.derivatives.map((d) => [d.format, d.width, d.height])).toEqual([['mp4', 640, 360], ['webm', 640, 360]]);

  // ffprobe: the codecs promised, at the source's size (1280 was asked for: never upscaled).
  const [mp4, webm] = asset.derivatives;
  const mp4Probe = ffprobe(await download(request, mp4!.url, 'd.mp4'));
  expect(mp4Probe.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
  expect(mp4Probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 640, height: 360 });
  expect(mp4Probe.duration).toBeCloseTo(4, 0);
  const webmFile = await download(request, webm!.url, 'd.webm');
  const webmProbe = ffprobe(webmFile);
  expect(webmProbe.streams.map((s) => s.codec_name).sort()).toEqual(['opus', 'vp9']);
  expect(webmProbe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 640, height: 360 });
  expect(webm!.size_bytes).toBe(fs.statSync(webmFile).size);

  // Thumbnails at 0 and the middle, JPEGs showing the colour of that second.
  expect(asset.thumbnails.map((t) => t.timestamp_ms)).toEqual([0, Math.floor(body.file.duration_ms! / 2)]);
  const first = await download(request, asset.thumbnails[0]!.url, 't0.jpg');
  expect(fx.imageSize(first)).toEqual({ width: 640, height: 360 });
  const seen = fx.averageColour(first, { x: 100, y: 100, w: 200, h: 100 });
  expect(seen.every((v, c) => Math.abs(v - fx.stepColour(0)[c]!) < 40), String(seen)).toBe(true);

  const list = derivativeListResponse.parse(await (await request.get(`/api/v1/assets/${body.asset_id}/derivatives`, { headers: bearer(account.key) })).json());
  expect(list).toEqual({ asset_id: body.asset_id, status: 'processed', derivatives: asset.derivatives });

  // The asset is a File on the same store: /api/v1/files lists it.
  const files = (await (await request.get('/api/v1/files', { headers: bearer(account.key) })).json()) as { files?: { name: string }[]; assets?: { name: string }[] };
  expect(JSON.stringify(files)).toContain('source-640x360.mp4');

  // Signed events on the receiver: processing, thumbnails, processed, delivered.
  await expect.poll(() => received.filter((r) => JSON.parse(r.body).asset_id === body.asset_id).length, { timeout: 30_000 }).toBe(4);
  const mine = received.filter((r) => JSON.parse(r.body).asset_id === body.asset_id);
  expect(mine.map((r) => r.headers['x-fv-event'])).toEqual(['asset.processing', 'thumbnail.generated', 'asset.processed', 'asset.delivered']);
  for (const r of mine) {
    expect(verifyRendrSinkSignature({ secret, body: r.body, signature: r.headers['x-fv-signature'] as string }), r.body).toBe(true);
    expect(verifyRendrSinkSignature({ secret: 'whsec_wrong', body: r.body, signature: r.headers['x-fv-signature'] as string })).toBe(false);
    const payload = JSON.parse(r.body) as { event: string; timestamp: string };
    expect(payload.event).toBe(r.headers['x-fv-event']);
    expect(r.headers['x-fv-delivery-id']).toMatch(/^dlv_/);
    expect(Math.abs(Number(r.headers['x-fv-timestamp']) - Date.parse(payload.timestamp) / 1000)).toBeLessThan(2);
    expect(r.headers['x-cutroom-signature']).toBeUndefined();
  }
  expect(new Set(mine.map((r) => r.headers['x-fv-delivery-id'])).size).toBe(4);
  const processed = JSON.parse(mine[2]!.body) as Record<string, unknown>;
  expect(processed).toMatchObject({
    event: 'asset.processed',
    asset_id: body.asset_id,
    profile: 'web-optimized-720p',
    processing_ms: asset.processing_ms,
    derivatives: asset.derivatives,
    thumbnails: asset.thumbnails,
    metadata,
  });
  expect(Object.keys(processed).slice(0, 2)).toEqual(['event', 'timestamp']);
  expect(JSON.parse(mine[1]!.body)).toMatchObject({ event: 'thumbnail.generated', thumbnails: asset.thumbnails });
});

test('derivative overrides and an own profile: the widths asked for, audio-aac gives AAC alone', async ({ request }) => {
  test.setTimeout(150_000);
  const override = await created(
    await postAsset(request, account.key, { profile: 'thumbnail-only', derivatives: JSON.stringify([{ format: 'mp4', width: 321, quality: 40 }]) }),
  );
  expect(override.derivatives_requested).toBe(1);
  const profile = await request.post('/api/v1/profiles', {
    headers: bearer(account.key),
    data: { slug: 'small-webm', derivatives: [{ format: 'webm', width: 160, quality: 30 }], thumbnails: { at_start: true, at_middle: false } },
  });
  expect(profile.status(), await profile.text()).toBe(201);
  const own = await created(await postAsset(request, account.key, { profile: 'small-webm', priority: 'low' }));
  const audio = await created(await postAsset(request, account.key, { profile: 'audio-aac' }));

  const a = await settled(request, account.key, override.asset_id);
  expect(a.derivatives.map((d) => [d.format, d.width, d.height])).toEqual([['mp4', 320, 180]]); // 321 → even
  expect(ffprobe(await download(request, a.derivatives[0]!.url, 'o.mp4')).streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 320 });
  expect(a.thumbnails.map((t) => t.timestamp_ms)).toEqual([0, expect.any(Number)]); // 4 s: no "every 10 s" one

  const b = await settled(request, account.key, own.asset_id);
  expect(b).toMatchObject({ status: 'processed', profile: 'small-webm', priority: 'low' });
  expect(ffprobe(await download(request, b.derivatives[0]!.url, 'own.webm')).streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'vp9', width: 160, height: 90 });
  expect(b.thumbnails.map((t) => t.timestamp_ms)).toEqual([0]);

  const c = await settled(request, account.key, audio.asset_id);
  expect(c.derivatives.map((d) => [d.format, d.width])).toEqual([['m4a', null]]);
  const probe = ffprobe(await download(request, c.derivatives[0]!.url, 'a.m4a'));
  expect(probe.streams.map((s) => s.codec_name)).toEqual(['aac']);
  expect(c.thumbnails).toEqual([]);
});

test('the same X-Idempotency-Key twice → one asset, the first answer replayed', async ({ request }) => {
  const key = `idem_${Date.now()}`;
  const before = Number((await querySql('SELECT COUNT(*) AS n FROM "Asset" WHERE "userId" = $1', [account.userId])).rows[0]?.n);
  const fields = { profile: 'thumbnail-only' };
  const first = await postAsset(request, account.key, fields, { 'x-idempotency-key': key });
  const firstBody = await created(first);
  const second = await postAsset(request, account.key, fields, { 'x-idempotency-key': key });
  expect(second.status()).toBe(201);
  expect(second.headers()['idempotent-replayed']).toBe('true');
  expect(createAssetResponse.parse(await second.json())).toEqual(firstBody);
  const after = Number((await querySql('SELECT COUNT(*) AS n FROM "Asset" WHERE "userId" = $1', [account.userId])).rows[0]?.n);
  expect(after - before).toBe(1);
});

test('reprocess with another profile replaces the derivatives; DELETE removes files and frees the quota', async ({ request }) => {
  test.setTimeout(150_000);
  expect(processedId).not.toBe('');
  const old = await settled(request, account.key, processedId);
  const res = await request.post(`/api/v1/assets/${processedId}/reprocess`, { headers: bearer(account.key), data: { profile: 'mobile-480p' } });
  expect(res.status(), await res.text()).toBe(202);
  expect(await res.json()).toMatchObject({ asset_id: processedId, status: 'processing', profile: 'mobile-480p', derivatives_requested: 1 });
  // Still processing: a second reprocess is refused.
  await expectRendrSinkError(await request.post(`/api/v1/assets/${processedId}/reprocess`, { headers: bearer(account.key) }), 409, 'conflict');
  const again = await settled(request, account.key, processedId);
  expect(again).toMatchObject({ status: 'processed', profile: 'mobile-480p' });
  expect(again.derivatives.map((d) => [d.format, d.width, d.height])).toEqual([['mp4', 640, 360]]);
  for (const d of old.derivatives) expect((await request.get(d.url)).status()).toBe(404);

  const usage = async () => ((await (await request.get('/api/v1/usage', { headers: bearer(account.key) })).json()) as { storage: { used_bytes: number } }).storage.used_bytes;
  const used = await usage();
  const del = await request.delete(`/api/v1/assets/${processedId}`, { headers: bearer(account.key) });
  expect(del.status()).toBe(200);
  expect(await del.json()).toEqual({ asset_id: processedId, deleted: true });
  for (const d of again.derivatives) expect((await request.get(d.url)).status()).toBe(404);
  for (const t of again.thumbnails) expect((await request.get(t.url)).status()).toBe(404);
  const freed = used - (await usage());
  const derivedBytes = again.derivatives.reduce((n, d) => n + d.size_bytes, 0);
  expect(freed).toBeGreaterThan(fs.statSync(video).size + derivedBytes); // original + asset derivatives + the upload's own
  await expectRendrSinkError(await request.get(`/api/v1/assets/${processedId}`, { headers: bearer(account.key) }), 404, 'not_found');
});

test('errors in RendrSink’s shape', async ({ request }) => {
  const none = { path: video, type: 'video/mp4' };
  const cases: { name: string; send: () => Promise<Awaited<ReturnType<typeof postAsset>>>; status: number; code: string }[] = [
    { name: 'an unknown profile', send: () => postAsset(request, account.key, { profile: 'nonexistent' }), status: 400, code: 'invalid_profile' },
    { name: 'another account’s own profile', send: () => postAsset(request, other.key, { profile: 'small-webm' }), status: 400, code: 'invalid_profile' },
    { name: 'a video profile for a sound-only file', send: () => postAsset(request, account.key, { profile: 'web-optimized-720p' }, {}, { path: fx.wav(dir, 1), type: 'audio/wav' }), status: 400, code: 'invalid_profile' },
    { name: 'no profile', send: () => postAsset(request, account.key, {}), status: 400, code: 'invalid_request' },
    { name: 'a bad priority', send: () => postAsset(request, account.key, { profile: 'mobile-480p', priority: 'urgent' }), status: 400, code: 'invalid_request' },
    { name: 'metadata that is not JSON', send: () => postAsset(request, account.key, { profile: 'mobile-480p', metadata: '{nope' }), status: 400, code: 'invalid_request' },
    { name: 'a webm override of width 5', send: () => postAsset(request, account.key, { profile: 'mobile-480p', derivatives: '[{"format":"webm","width":5}]' }), status: 400, code: 'invalid_request' },
    { name: 'two files', send: () => request.post('/api/v1/assets', { headers: bearer(account.key), multipart: (() => { const f = form({ profile: 'mobile-480p' }, none); f.append('file', new Blob([new Uint8Array(fs.readFileSync(video))], { type: 'video/mp4' }), 'b.mp4'); return f; })() }), status: 400, code: 'invalid_request' },
    { name: 'an image', send: () => postAsset(request, account.key, { profile: 'mobile-480p' }, {}, { path: fx.png(dir, 32, 32), type: 'image/png' }), status: 400, code: 'unsupported_file_type' },
    { name: 'a file over MAX_UPLOAD_BYTES', send: () => postAsset(request, account.key, { profile: 'audio-aac' }, {}, { path: fx.wav(dir, 220, 1, 1.5, 'huge.wav'), type: 'audio/wav' }), status: 413, code: 'file_too_large' },
    { name: 'no key', send: () => request.post('/api/v1/assets', { multipart: form({ profile: 'mobile-480p' }) }), status: 401, code: 'unauthorized' },
    { name: 'a wrong key', send: () => postAsset(request, 'sk-wrongwrongwrongwrongwrongwrong00', { profile: 'mobile-480p' }), status: 401, code: 'unauthorized' },
    { name: 'no file', send: () => postAsset(request, account.key, { profile: 'mobile-480p' }, {}, null), status: 400, code: 'invalid_request' },
    { name: 'an fv_live_ key (never issued)', send: () => postAsset(request, 'fv_live_sk_a1b2c3d4e5f6', { profile: 'mobile-480p' }), status: 401, code: 'unauthorized' },
  ];
  for (const c of cases) {
    await test.step(c.name, async () => {
      const error = await expectRendrSinkError(await c.send(), c.status, c.code);
      if (c.code === 'file_too_large') expect(error.max_bytes).toBe(20_000_000);
    });
  }
  // Nothing of the refused uploads was kept.
  const kept = await querySql(`SELECT COUNT(*) AS n FROM "File" WHERE "userId" = $1 AND name IN ('huge.wav', 'image-32x32.png', 'b.mp4')`, [account.userId]);
  expect(Number(kept.rows[0]?.n)).toBe(0);
});

test('another account’s asset ids are not_found on every route, and unknown ids too', async ({ request }) => {
  const mine = await created(await postAsset(request, account.key, { profile: 'thumbnail-only' }));
  for (const id of [mine.asset_id, 'ast_doesnotexist0000']) {
    const routes = [
      () => request.get(`/api/v1/assets/${id}`, { headers: bearer(other.key) }),
      () => request.get(`/api/v1/assets/${id}/derivatives`, { headers: bearer(other.key) }),
      () => request.post(`/api/v1/assets/${id}/reprocess`, { headers: bearer(other.key) }),
      () => request.delete(`/api/v1/assets/${id}`, { headers: bearer(other.key) }),
    ];
    for (const route of routes) await expectRendrSinkError(await route(), 404, 'not_found');
  }
  // Still there for its owner.
  expect((await request.get(`/api/v1/assets/${mine.asset_id}`, { headers: bearer(account.key) })).status()).toBe(200);
});

test('a burst of uploads over RATE_LIMIT_UPLOADS → 429 rate_limited with retry_after_ms', async ({ request }) => {
  test.setTimeout(120_000);
  const burst = createAccount();
  let limited: Awaited<ReturnType<typeof postAsset>> | null = null;
  // An empty form costs the handler nothing; the budget is spent before it runs (120 a window by default).
  for (let i = 0; i < 200 && !limited; i++) {
    const res = await request.post('/api/v1/assets', { headers: bearer(burst.key), multipart: { profile: 'mobile-480p' } });
    if (res.status() === 429) limited = res;
    else expect(res.status()).toBe(400);
  }
  expect(limited).not.toBeNull();
  const error = await expectRendrSinkError(limited!, 429, 'rate_limited');
  expect(error.retry_after_ms).toBeGreaterThan(0);
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  expect(limited!.headers()['x-ratelimit-remaining']).toBe('0');
});

test('asset events appear in Settings › Webhooks’ delivery log', async ({ page, request }) => {
  test.setTimeout(180_000);
  // Its own asset with events (a failed test before it starts a new worker, with new accounts).
  const own = await created(await postAsset(request, account.key, { profile: 'thumbnail-only', webhook_url: hookUrl }));
  expect((await settled(request, account.key, own.asset_id)).status).toBe('processed');
  await expect.poll(() => received.filter((r) => r.body.includes(own.asset_id)).length, { timeout: 30_000 }).toBe(4);
  await signInPatiently(page, account);
  await page.goto('/settings/webhooks');
  const processed = page.getByTestId('webhook-delivery').filter({ hasText: 'asset.processed' }).filter({ hasText: own.asset_id });
  await expect(processed.first()).toBeVisible();
  await expect(processed.first()).toHaveAttribute('data-status', 'delivered');
  await expect(processed.first()).toContainText(hookUrl);
  await expect(processed.first().getByTestId('webhook-attempt')).toContainText('204 OK');
  fs.mkdirSync('/tmp/shots-assets', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-assets/webhooks-1440.png', fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots-assets/webhooks-390.png', fullPage: true });
});

test('the account’s default webhook URL, set in Settings › Webhooks, receives the events of assets uploaded without one', async ({ page, request }) => {
  test.setTimeout(180_000);
  const owner = createAccount();
  const ownerSecret = String((await querySql('SELECT "webhookSecret" FROM "User" WHERE id = $1', [owner.userId])).rows[0]?.webhookSecret);
  const defaultUrl = `${hookUrl}/default`;
  await signInPatiently(page, owner);
  await page.goto('/settings/webhooks');
  const settings = page.getByRole('form', { name: 'Default endpoint for asset events' });
  const field = settings.getByRole('textbox', { name: 'Default webhook URL' });
  await expect(page.getByText('Not set: assets uploaded without a webhook_url send no events.')).toBeVisible();
  // A bad value is refused where it was typed, and nothing is saved.
  await field.fill('ftp://example.com/hooks');
  await field.evaluate((el: HTMLInputElement) => el.form?.setAttribute('novalidate', '')); // past the browser's own type=url check
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('absolute http(s) URL');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(defaultUrl);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Default webhook URL saved.');
  fs.mkdirSync('/tmp/shots-assets', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-assets/default-webhook-1440.png', fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots-assets/default-webhook-390.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Default webhook URL' })).toHaveValue(defaultUrl);

  // An asset with no webhook_url: its events reach the default, signed with the account's secret.
  const asset = await created(await postAsset(request, owner.key, { profile: 'thumbnail-only' }));
  expect(asset.webhook_url).toBeNull();
  expect((await settled(request, owner.key, asset.asset_id)).status).toBe('processed');
  const mine = () => received.filter((r) => r.body.includes(asset.asset_id));
  await expect.poll(() => mine().map((r) => r.headers['x-fv-event']).sort(), { timeout: 30_000 })
    .toEqual(['asset.delivered', 'asset.processed', 'asset.processing', 'thumbnail.generated']);
  for (const r of mine()) expect(verifyRendrSinkSignature({ secret: ownerSecret, body: r.body, signature: r.headers['x-fv-signature'] as string })).toBe(true);

  // Cleared: the next asset without a webhook_url sends nothing.
  await page.getByRole('textbox', { name: 'Default webhook URL' }).fill('');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Default webhook URL cleared.');
  const quiet = await created(await postAsset(request, owner.key, { profile: 'thumbnail-only' }));
  expect((await settled(request, owner.key, quiet.asset_id)).status).toBe('processed');
  const deliveries = await querySql('SELECT COUNT(*) AS n FROM "WebhookDelivery" WHERE "assetId" = $1', [quiet.asset_id]);
  expect(Number(deliveries.rows[0]?.n)).toBe(0);
});
