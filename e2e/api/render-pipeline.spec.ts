import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { countFrames, decodeGrayFrames, ffprobe } from '../fixtures/ffprobe';

// The render pipeline through the API, against the real server and its render worker.

const W = 320;
const H = 180;
const FPS = 30;
const FRAMES = 60; // two chunks of 30 with num_workers=2: frames 0–29 and 30–59
const STEP = 4;
const BAR = 8;

/** A white bar that moves STEP px right every frame, one clip per frame: each picture says which frame it is. */
const movingBar = () => ({
  meta: { version: '2.0.0', width: W, height: H, fps: FPS, background: '#000000' },
  tracks: [
    {
      clips: Array.from({ length: FRAMES }, (_, i) => ({
        type: 'rect',
        start: i / FPS,
        duration: 1 / FPS,
        transform: { x: 10 + STEP * i, y: 0, anchor: 'top-left', width: BAR, height: H },
        style: { fill: '#ffffff' },
      })),
    },
  ],
});
const expectedBarCentre = (frame: number) => 10 + STEP * frame + (BAR - 1) / 2;

/** The bar's centre in each decoded frame: the mean column of its bright pixels. */
function barCentres(file: string): number[] {
  return decodeGrayFrames(file, W, H).map((frame) => {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < frame.length; i++) {
      if ((frame[i] ?? 0) > 128) {
        sum += i % W;
        count++;
      }
    }
    return count ? sum / count : -1;
  });
}

interface Polled {
  body: Record<string, unknown>;
  stages: string[];
  progress: number[];
}

/** Polls GET /api/v1/video/:taskId quickly, recording every stage and progress it reports while rendering. */
async function pollUntilDone(request: APIRequestContext, taskId: string, key: string, timeoutMs = 90_000): Promise<Polled> {
  const deadline = Date.now() + timeoutMs;
  const stages: string[] = [];
  const progress: number[] = [];
  for (;;) {
    const res = await request.get(`/api/v1/video/${taskId}`, { headers: bearer(key) });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    if (body.status !== 'rendering') return { body, stages, progress };
    if (stages.at(-1) !== body.stage) stages.push(String(body.stage));
    progress.push(Number(body.progress));
    if (Date.now() > deadline) throw new Error(`render of ${taskId} still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function createTask(request: APIRequestContext, key: string, config: unknown): Promise<string> {
  const res = await request.post('/api/v1/video', { headers: bearer(key), data: { config } });
  expect(res.status()).toBe(200);
  return String((await res.json()).taskId);
}

async function render(request: APIRequestContext, key: string, taskId: string, data: Record<string, unknown> = {}) {
  const res = await request.post(`/api/v1/video/${taskId}/render`, { headers: bearer(key), data });
  expect(res.status()).toBe(200);
  return (await res.json()) as { cost: number; remainingCredits: number };
}

async function download(request: APIRequestContext, url: string, name: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  const file = path.join(os.tmpdir(), `cutroom-pipeline-${name}-${Date.now()}.mp4`);
  fs.writeFileSync(file, await res.body());
  return file;
}

test('num_workers=2 renders in chunks joined without a gap or a repeated frame, with progress by stage', async ({ request }) => {
  const { key } = createAccount({ credits: 50 });
  const single = await createTask(request, key, movingBar());
  const chunked = await createTask(request, key, movingBar());

  await render(request, key, single, { num_workers: 1 });
  const one = await pollUntilDone(request, single, key);
  expect(one.body.status, String(one.body.error)).toBe('completed');

  await render(request, key, chunked, { num_workers: 2 });
  const two = await pollUntilDone(request, chunked, key);
  expect(two.body.status, String(two.body.error)).toBe('completed');

  // Progress moved through the stages in order and never went backwards.
  const order = ['queued', 'rendering', 'combining', 'finalizing'];
  expect(two.stages.length, `stages seen: ${two.stages.join(' → ')}`).toBeGreaterThan(1);
  expect(two.stages.every((s) => order.includes(s))).toBe(true);
  expect([...two.stages].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(two.stages);
  expect(two.progress).toEqual([...two.progress].sort((a, b) => a - b));
  expect(two.body.progress).toBe(100);

  const singleFile = await download(request, String(one.body.videoUrl), 'single');
  const chunkedFile = await download(request, String(two.body.videoUrl), 'chunked');

  // Same number of frames, same length, and audio as long as the video in both.
  expect(countFrames(singleFile)).toBe(FRAMES);
  expect(countFrames(chunkedFile)).toBe(FRAMES);
  for (const file of [singleFile, chunkedFile]) {
    const probe = ffprobe(file);
    const video = probe.streams.find((s) => s.codec_type === 'video');
    const audio = probe.streams.find((s) => s.codec_type === 'audio');
    expect(Number(video?.duration)).toBeCloseTo(FRAMES / FPS, 2);
    expect(Math.abs(Number(audio?.duration) - FRAMES / FPS)).toBeLessThan(0.1);
  }

  // Frame by frame, the bar is where it belongs: no frame repeated or skipped, at the join or anywhere.
  const singleBars = barCentres(singleFile);
  const chunkedBars = barCentres(chunkedFile);
  for (const file of [singleFile, chunkedFile]) fs.rmSync(file, { force: true });
  expect(singleBars).toHaveLength(FRAMES);
  expect(chunkedBars).toHaveLength(FRAMES);
  for (let i = 0; i < FRAMES; i++) {
    expect(Math.abs((singleBars[i] ?? -1) - expectedBarCentre(i)), `single render, frame ${i}`).toBeLessThan(1);
    expect(Math.abs((chunkedBars[i] ?? -1) - (singleBars[i] ?? -1)), `chunked vs single, frame ${i}`).toBeLessThan(1);
  }
});

test.describe('media that cannot be loaded fails the render, naming the clip and the URL', () => {
  let server: http.Server;
  let base = '';
  let closedPort = 0;
  test.beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.statusCode = 404;
      res.end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A port nothing listens on: the host refuses the connection.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
  });
  test.afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  const cases = [
    { name: 'a src that 404s', clip: () => ({ type: 'image', src: `${base}/media/missing.png` }), problem: /HTTP 404/ },
    { name: 'an unreachable host', clip: () => ({ type: 'video', src: `http://127.0.0.1:${closedPort}/clip.mp4` }), problem: /ECONNREFUSED/ },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const { key } = createAccount({ credits: 20 });
      const config = smallConfig('bad media', 1);
      const clip = { ...c.clip(), start: 0, duration: 1 };
      config.tracks[0]?.clips.push(clip as never);
      const taskId = await createTask(request, key, config);
      const started = await render(request, key, taskId);

      const { body } = await pollUntilDone(request, taskId, key, 60_000);
      expect(body.status).toBe('failed');
      const error = String(body.error);
      expect(error).toContain(`tracks[0].clips[2] (${clip.type})`);
      expect(error).toContain(clip.src);
      expect(error).toMatch(c.problem);
      expect(body).toMatchObject({ videoUrl: null, progress: 0, stage: null });
      // The config's media is at fault, not the service: the charge stands.
      const credits = await (await request.get('/api/v1/credits', { headers: bearer(key) })).json();
      expect(credits).toMatchObject({ success: true, credits: started.remainingCredits });
      expect(started.remainingCredits).toBe(20 - started.cost);
    });
  }
});
