import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CutroomApiError, webhooks, type AssetEvent, type Profile } from '../../sdk/src/index.js';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { isoTimestamp } from '../fixtures/contract';
import { querySql } from '../fixtures/db';
import { ffprobe, ffprobePath } from '../fixtures/ffprobe';
import { cutroomFor, e2eBaseUrl, helperPort } from '../fixtures/sdk';

// RendrSink's asset API (assets, profiles, usage) through the SDK, per ../shared/seeds/rendrsink-api-docs.txt:
// real uploads made by ffmpeg, real derivatives probed, signed asset events verified with the SDK helper.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sdk-assets-'));
test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let hasAssetRoutes = true;
test.beforeAll(async () => {
  // The asset routes are built on another branch. Until it is merged, POST /api/v1/assets is the app's plain
  // 404 and every test here is skipped; once the routes exist (any other answer, e.g. 400 for this empty
  // request) the spec runs for real. Only that 404 skips: a broken route fails the tests instead.
  const res = await fetch(`${e2eBaseUrl()}/api/v1/assets`, { method: 'POST', headers: bearer(createAccount().key) });
  hasAssetRoutes = res.status !== 404;
});
test.beforeEach(() => {
  test.skip(!hasAssetRoutes, 'POST /api/v1/assets answers 404: the RendrSink asset routes are not on this branch');
});

/** A real H.264/AAC MP4 of width×height (black picture, a 440 Hz tone), made by the compositor's ffmpeg. */
function makeVideo(name: string, width: number, height: number, seconds = 2): string {
  const file = path.join(tmp, name);
  const dir = path.dirname(ffprobePath());
  const ffmpeg = ffprobePath() === 'ffprobe' ? 'ffmpeg' : path.join(dir, 'ffmpeg');
  execFileSync(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `nullsrc=size=${width}x${height}:rate=25`, '-f', 'lavfi', '-i', 'sine=frequency=440',
      '-t', String(seconds), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file],
    { env: { ...process.env, LD_LIBRARY_PATH: dir }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return file;
}

async function download(url: string, name: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

async function apiError(promise: Promise<unknown>): Promise<CutroomApiError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err, 'expected the call to fail').toBeInstanceOf(CutroomApiError);
  return err as CutroomApiError;
}

const secretOf = async (userId: string) => String((await querySql('select "webhookSecret" from "User" where id = $1', [userId])).rows[0]?.webhookSecret);

test('profiles: the built-in ones, and an account profile created and validated', async () => {
  const sdk = cutroomFor(createAccount().key);
  const builtIn = await sdk.profiles.list();
  expect(builtIn.map((p) => p.slug)).toEqual(
    expect.arrayContaining(['web-optimized-1080p', 'web-optimized-720p', 'mobile-480p', 'audio-aac', 'thumbnail-only']),
  );
  for (const p of builtIn) {
    expect(p.built_in).toBe(true);
    expect(Array.isArray(p.derivatives)).toBe(true);
  }
  const mine: Profile = await sdk.profiles.create({ slug: 'sdk-small', description: 'Small MP4', derivatives: [{ format: 'mp4', width: 320, quality: 70 }] });
  expect(mine).toMatchObject({ slug: 'sdk-small', built_in: false, derivatives: [{ format: 'mp4', width: 320, quality: 70 }] });
  expect((await sdk.profiles.list()).map((p) => p.slug)).toContain('sdk-small');
  // Another account does not see it.
  expect((await cutroomFor(createAccount().key).profiles.list()).map((p) => p.slug)).not.toContain('sdk-small');

  const invalid = await apiError(sdk.profiles.create({ slug: 'sdk-bad', derivatives: [{ format: 'avi' as 'mp4', width: 320 }] }));
  expect(invalid).toMatchObject({ status: 400, shape: 'rendrsink' });
  expect(invalid.message.length).toBeGreaterThan(5);
});

test('an upload is processed into the profile’s derivatives (never upscaled) and thumbnails; signed events arrive', async () => {
  const account = createAccount();
  const sdk = cutroomFor(account.key);
  const events: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      events.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(helperPort(10), '127.0.0.1', r));
  try {
    const source = makeVideo('source.mp4', 640, 360);
    const created = await sdk.assets.upload({
      file: source,
      profile: 'web-optimized-720p',
      webhookUrl: `http://127.0.0.1:${helperPort(10)}/hook`,
      metadata: { project: 'campaign-q2', source: 'sdk' },
      priority: 'high',
    });
    expect(created).toMatchObject({
      status: 'processing',
      profile: 'web-optimized-720p',
      priority: 'high',
      metadata: { project: 'campaign-q2', source: 'sdk' },
      derivatives_requested: 2,
      webhook_url: `http://127.0.0.1:${helperPort(10)}/hook`,
      file: { name: 'source.mp4', size_bytes: fs.statSync(source).size, mime_type: 'video/mp4' },
    });
    expect(created.asset_id).toMatch(/\S{8,}/);
    expect(created.estimated_ms).toBeGreaterThanOrEqual(0);
    expect(created.created_at).toMatch(isoTimestamp);
    expect(Object.keys(created.file).sort()).toEqual(['dimensions', 'duration_ms', 'mime_type', 'name', 'size_bytes']);

    const done = await sdk.assets.waitForProcessing(created.asset_id, { pollIntervalMs: 500, timeoutMs: 90_000 });
    expect(done).toMatchObject({ asset_id: created.asset_id, status: 'processed', error: null, file: { dimensions: { width: 640, height: 360 } } });
    expect(done.file.duration_ms).toBeGreaterThan(1500);
    expect(done.processing_ms).toBeGreaterThan(0);
    // The 720p profile asks for 1280 px: a 640 px source is never enlarged.
    expect(done.derivatives.map((d) => [d.format, d.width, d.height]).sort()).toEqual([['mp4', 640, 360], ['webm', 640, 360]]);
    const codecs: Record<string, [string, string]> = { mp4: ['h264', 'aac'], webm: ['vp9', 'opus'] };
    for (const d of done.derivatives) {
      expect(d.derivative_id).toMatch(/\S{8,}/);
      const file = await download(d.url, `${d.derivative_id}.${d.format}`);
      expect(d.size_bytes).toBe(fs.statSync(file).size);
      const probe = ffprobe(file);
      expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: codecs[d.format]![0], width: 640, height: 360 });
      expect(probe.streams.find((s) => s.codec_type === 'audio')?.codec_name).toBe(codecs[d.format]![1]);
    }
    expect(done.thumbnails.map((t) => t.timestamp_ms)[0]).toBe(0);
    expect(done.thumbnails.length).toBeGreaterThanOrEqual(2);
    for (const t of done.thumbnails) expect((await fetch(t.url)).status).toBe(200);
    expect(await sdk.assets.listDerivatives(created.asset_id)).toEqual(done.derivatives);

    // asset.processed, signed over the raw body with the account's secret (X-FV-Signature).
    await expect.poll(() => events.map((e) => e.headers['x-fv-event']), { timeout: 30_000 }).toContain('asset.processed');
    const processed = events.find((e) => e.headers['x-fv-event'] === 'asset.processed')!;
    const secret = await secretOf(account.userId);
    const signature = processed.headers['x-fv-signature'];
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(processed.headers['x-fv-delivery-id']).toBeTruthy();
    expect(webhooks.verify(processed.body, signature, secret)).toBe(true);
    const event = webhooks.parse<AssetEvent>(processed.body, signature, secret);
    expect(event).toMatchObject({ event: 'asset.processed', asset_id: created.asset_id, metadata: { project: 'campaign-q2' } });
    expect(event.timestamp).toMatch(isoTimestamp);
    expect(event.derivatives?.map((d) => d.derivative_id).sort()).toEqual(done.derivatives.map((d) => d.derivative_id).sort());
    expect(webhooks.verify(processed.body, signature, `${secret}-wrong`)).toBe(false);
    expect(webhooks.verify(processed.body.replace(created.asset_id, 'ast_someoneelse'), signature, secret)).toBe(false);
    expect(webhooks.verify(processed.body, signature, secret, { now: Date.parse(event.timestamp) + 301_000 })).toBe(false);
    for (const e of events) expect(webhooks.verify(e.body, e.headers['x-fv-signature'], secret), String(e.headers['x-fv-event'])).toBe(true);
  } finally {
    await new Promise<void>((r) => receiver.close(() => r()));
  }
});

test('reprocess with another profile; delete; errors in RendrSink’s shape; another account’s asset is not found', async () => {
  const sdk = cutroomFor(createAccount().key);
  await sdk.profiles.create({ slug: 'sdk-tiny', derivatives: [{ format: 'mp4', width: 320, quality: 60 }] });
  const source = makeVideo('reprocess.mp4', 640, 360, 1);
  const created = await sdk.assets.upload({ file: fs.readFileSync(source), name: 'reprocess.mp4', profile: 'mobile-480p' });
  const first = await sdk.assets.waitForProcessing(created.asset_id, { pollIntervalMs: 500, timeoutMs: 90_000 });
  expect(first.status).toBe('processed');
  expect(first.priority).toBe('normal');

  const again = await sdk.assets.reprocess(created.asset_id, { profile: 'sdk-tiny' });
  expect(again).toMatchObject({ asset_id: created.asset_id, profile: 'sdk-tiny', status: 'processing' });
  const second = await sdk.assets.waitForProcessing(created.asset_id, { pollIntervalMs: 500, timeoutMs: 90_000 });
  expect(second.derivatives.map((d) => [d.format, d.width, d.height])).toEqual([['mp4', 320, 180]]);

  const invalid = await apiError(sdk.assets.upload({ file: source, profile: 'nonexistent' }));
  expect(invalid).toMatchObject({ status: 400, code: 'invalid_profile', shape: 'rendrsink' });
  const stranger = cutroomFor(createAccount().key);
  expect(await apiError(stranger.assets.get(created.asset_id))).toMatchObject({ status: 404, code: 'not_found', shape: 'rendrsink' });
  expect(await apiError(stranger.assets.delete(created.asset_id))).toMatchObject({ status: 404, code: 'not_found' });
  expect(await apiError(cutroomFor('sk-doesnotexist00000000000000000000000000').assets.get(created.asset_id))).toMatchObject({ status: 401, code: 'unauthorized' });

  await sdk.assets.delete(created.asset_id);
  expect(await apiError(sdk.assets.get(created.asset_id))).toMatchObject({ status: 404, code: 'not_found' });
  expect((await fetch(second.derivatives[0]!.url)).status).toBe(404);
});

test('a keyed upload sent twice is one asset; usage counts it', async () => {
  const account = createAccount();
  const sdk = cutroomFor(account.key);
  const source = makeVideo('keyed.mp4', 320, 180, 1);
  const key = `sdk-assets-${Date.now()}`;
  const first = await sdk.assets.upload({ file: source, profile: 'thumbnail-only' }, { idempotencyKey: key });
  const second = await sdk.assets.upload({ file: source, profile: 'thumbnail-only' }, { idempotencyKey: key });
  expect(second.asset_id).toBe(first.asset_id);
  const assets = await querySql('select count(*) as n from "Asset" where "userId" = $1', [account.userId]);
  expect(Number(assets.rows[0]?.n)).toBe(1);

  await sdk.assets.waitForProcessing(first.asset_id, { pollIntervalMs: 500, timeoutMs: 90_000 });
  const usage = await sdk.usage.get();
  expect(usage.storage.used_bytes).toBeGreaterThanOrEqual(fs.statSync(source).size);
  expect(usage.current_period.uploaded_bytes).toBeGreaterThanOrEqual(fs.statSync(source).size);
  expect(usage.current_period.assets_processed).toBe(1);
  expect(usage.previous_period.assets_processed).toBe(0);
  expect(usage.credits.balance).toBe((await sdk.credits.get()).credits);
});
