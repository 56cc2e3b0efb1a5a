import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bearer, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { decodeGrayFrames, ffprobe } from '../fixtures/ffprobe';

// The five newest clip types through the real API and the real renderer (one tiny MP4), plus what
// RenderingVideo's newer clients send: a meta without fps, RenderingVideo-only fields (warnings), the
// Python SDK 1.1's category/metadata/capabilities, and the key-less public preview generator.
const W = 160;
const H = 90;
const SEGMENT = 0.4;
const clips = [
  { type: 'line', points: [[10, 45], [150, 45]], lineWidth: 10, style: { stroke: '#ffffff' } },
  { type: 'path', data: 'M 20 20 L 140 20 L 140 70 L 20 70 Z', lineWidth: 8, style: { stroke: '#ffffff', fill: '#ffffff' } },
  { type: 'icon', icon: 'lucide:square', color: '#ffffff', transform: { x: 80, y: 45, width: 80, height: 80 } },
  { type: 'code', code: 'const a = 1;\nconst b = 2;', language: 'ts', theme: 'github-light', fontSize: 12, transform: { x: '50%', y: '50%', width: 150 } },
  { type: 'three', objects: [{ shape: 'box', geometry: { width: 2.5, height: 2.5, depth: 2.5 }, material: { type: 'basic', color: '#ffffff' } }] },
].map((clip, i) => ({ ...clip, start: i * SEGMENT, duration: SEGMENT }));
const config = { meta: { version: '2.0.0', width: W, height: H, background: '#000000' }, tracks: [{ clips }] };

test('line, path, icon, code and three render into a real MP4 (meta without fps → 30 fps)', async ({ request }) => {
  const account = createAccount({ credits: 50 });
  const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(created.status(), await created.text()).toBe(200);
  const task = await created.json();
  expect(task).toMatchObject({ success: true, width: W, height: H, duration: 2 });
  expect(task.warnings).toBeUndefined();
  const render = await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} });
  expect(render.status(), await render.text()).toBe(200);
  const { body: done } = await waitForRender(request, task.taskId, account.key, 110_000);
  expect(done.status, `render failed: ${String(done.error)}`).toBe('completed');
  expect(done.fps).toBe(30);

  const file = path.join(os.tmpdir(), `cutroom-clip-types-${task.taskId}.mp4`);
  fs.writeFileSync(file, await (await request.get(String(done.videoUrl))).body());
  const probe = ffprobe(file);
  expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: W, height: H });
  expect(probe.duration).toBeGreaterThan(1.9);
  expect(probe.duration).toBeLessThan(2.2);

  // The middle frame of each clip's window: something bright is drawn, and each picture is its own.
  const frames = decodeGrayFrames(file, W, H);
  const lit = (frame: Buffer) => frame.reduce((n, v) => n + (v > 128 ? 1 : 0), 0);
  const middles = clips.map((_, i) => frames[Math.round((i + 0.5) * SEGMENT * 30)]!);
  const counts = middles.map(lit);
  for (const [i, n] of counts.entries()) expect(n, `${clips[i]!.type}: lit pixels in its middle frame`).toBeGreaterThan(200);
  expect(new Set(counts.map((n) => Math.round(n / 100))).size, `distinct pictures: ${counts.join(', ')}`).toBeGreaterThanOrEqual(4);
  // The line is a 10 px band across the middle; the filled path a 120×50 block.
  expect(middles[0]![45 * W + 80]).toBeGreaterThan(200);
  expect(middles[0]![10 * W + 80]).toBeLessThan(40);
  expect(middles[1]![45 * W + 80]).toBeGreaterThan(200);
  fs.rmSync(file, { force: true });
});

test('fields RenderingVideo accepts are warnings; category and metadata round-trip; capabilities under schema', async ({ request }) => {
  const account = createAccount({ credits: 5 });
  const headers = bearer(account.key);
  const foreign = { ...config, tracks: [{ clips: [{ type: 'rect', start: 0, duration: 1, style: { cache: true } }] }] };
  const created = await (await request.post('/api/v1/video', { headers, data: { config: foreign, title: 'SDK launch', category: 'marketing', metadata: { campaign: 'launch' } } })).json();
  expect(created).toMatchObject({ success: true, title: 'SDK launch', category: 'marketing', warnings: [{ path: 'tracks[0].clips[0].style.cache' }] });
  await request.post('/api/v1/video', { headers, data: { config } });

  const marketing = await (await request.get('/api/v1/video?category=marketing', { headers })).json();
  expect(marketing.tasks.map((t: { taskId: string }) => t.taskId)).toEqual([created.taskId]);
  expect(marketing.tasks[0]).toMatchObject({ category: 'marketing', metadata: { campaign: 'launch' } });
  expect((await (await request.get('/api/v1/video?category=all', { headers })).json()).tasks).toHaveLength(2);

  const preview = await (await request.post('/api/v1/preview', { headers, data: config })).json();
  const converted = await (await request.post(`/api/v1/preview/${preview.tempId}/convert`, { headers, data: { category: 'promo', metadata: { campaign: 'launch' } } })).json();
  expect(converted).toMatchObject({ success: true, converted: true, category: 'promo', metadata: { campaign: 'launch' } });

  const capabilities = await (await request.get('/api/v1/capabilities')).json();
  expect(capabilities.schema.clipTypes).toEqual(expect.arrayContaining(['three', 'code', 'icon', 'line', 'path']));
  expect(capabilities.unsupportedClipTypes).toEqual([]);
});

test('PUBLIC_PREVIEWS: key-less POST /api/preview and GET /api/temp/:id, size-capped and rate-limited', async ({ request }) => {
  const made = await request.post('/api/preview', { data: config });
  expect(made.status(), await made.text()).toBe(200);
  const preview = await made.json();
  expect(preview).toMatchObject({ success: true, expiresIn: '7d' });
  expect(preview.viewerUrl).toContain(`/preview/${preview.tempId}`);
  const read = await (await request.get(`/api/temp/${preview.tempId}`)).json();
  expect(read).toMatchObject({ success: true, tempId: preview.tempId, config: { meta: { fps: 30 } } });
  expect((await request.get('/api/temp/temp_nope')).status()).toBe(404);

  const huge = { ...config, meta: { ...config.meta, description: 'x'.repeat(300 * 1024) } };
  const tooBig = await request.post('/api/preview', { data: huge });
  expect(tooBig.status()).toBe(413);
  expect((await request.post('/api/preview', { data: { meta: { version: '2.0.0' }, tracks: [] } })).status()).toBe(400);

  // PUBLIC_PREVIEWS_PER_HOUR is 3 for the e2e server: two more succeed, the next is refused.
  for (let i = 0; i < 2; i++) expect((await request.post('/api/preview', { data: config })).status()).toBe(200);
  const limited = await request.post('/api/preview', { data: config });
  expect(limited.status()).toBe(429);
  expect((await limited.json()).code).toBe('RATE_LIMITED');
});
