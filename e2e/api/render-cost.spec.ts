import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { ffprobe } from '../fixtures/ffprobe';

// A clip that ends a third of a frame after 2 s (2.01 s at 30 fps) draws 60 frames: the task reports
// 2 s, the render is charged 2 credits (not 3), and the MP4 lasts 2 s (no trailing empty frame).
test('a clip ending between two frames adds neither a frame nor a credit', async ({ request }) => {
  const account = createAccount({ credits: 20 });
  const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Overshoot', 2.01) } });
  expect(created.status()).toBe(200);
  const task = await created.json();
  expect(task).toMatchObject({ quality: '720p', duration: 2 });

  const started = await (await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })).json();
  expect(started).toMatchObject({ success: true, status: 'rendering', cost: 2, remainingCredits: 18 });
  const balance = await (await request.get('/api/v1/credits', { headers: bearer(account.key) })).json();
  expect(balance).toMatchObject({ credits: 18 });

  const { body: done } = await waitForRender(request, task.taskId, account.key);
  expect(done.status, `render failed: ${String(done.error)}`).toBe('completed');
  const file = path.join(os.tmpdir(), `cutroom-cost-${task.taskId}.mp4`);
  fs.writeFileSync(file, await (await request.get(String(done.videoUrl))).body());
  const video = ffprobe(file).streams.find((s) => s.codec_type === 'video');
  expect(Number(video?.nb_frames)).toBe(60);
});
