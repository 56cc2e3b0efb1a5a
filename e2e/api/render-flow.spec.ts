import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { ffprobe, isFastStart } from '../fixtures/ffprobe';

test('create → render → poll → download a real MP4 through the API', async ({ request }) => {
  const account = createAccount({ credits: 50 });

  const created = await request.post('/api/v1/video', {
    headers: bearer(account.key),
    data: { config: smallConfig(), metadata: { project_id: 'proj_123' } },
  });
  expect(created.status()).toBe(200);
  const task = await created.json();
  expect(task).toMatchObject({ success: true, status: 'created', quality: '720p', width: 320, height: 180, duration: 2 });
  expect(task.taskId).toMatch(/^[A-Za-z0-9]{22}$/);
  expect(task.previewUrl).toMatch(/^http:\/\/localhost:\d+\/v\//);

  const render = await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} });
  expect(render.status()).toBe(200);
  const started = await render.json();
  expect(started).toMatchObject({ success: true, status: 'rendering', cost: 2, remainingCredits: 48 });
  expect(started.renderTaskId).toMatch(/^rt_/);

  const { body: done } = await waitForRender(request, task.taskId, account.key);
  expect(done.status, `render failed: ${String(done.error)}`).toBe('completed');
  expect(done).toMatchObject({ progress: 100, costCredits: 2, metadata: { project_id: 'proj_123' } });
  expect(typeof done.completedAt).toBe('string');

  const videoUrl = String(done.videoUrl);
  const mp4 = await request.get(videoUrl);
  expect(mp4.status()).toBe(200);
  expect(mp4.headers()['content-type']).toBe('video/mp4');
  const file = path.join(os.tmpdir(), `cutroom-${task.taskId}.mp4`);
  fs.writeFileSync(file, await mp4.body());
  const probe = ffprobe(file);
  const video = probe.streams.find((s) => s.codec_type === 'video');
  expect(video).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
  expect(probe.streams.some((s) => s.codec_type === 'audio' && s.codec_name === 'aac')).toBe(true);
  expect(probe.duration).toBeGreaterThan(1.9);
  expect(probe.duration).toBeLessThan(2.2);
  expect(isFastStart(file)).toBe(true);

  // Range requests, so the browser can seek.
  const part = await request.get(videoUrl, { headers: { range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 0-99/${fs.statSync(file).size}`);
  expect((await part.body()).length).toBe(100);

  // Rendering the unchanged config again costs nothing.
  const again = await (await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })).json();
  expect(again).toMatchObject({ success: true, alreadyRendered: true, status: 'completed', remainingCredits: 48, videoUrl });
});

test.describe('authentication errors have the documented shape', () => {
  const cases: { name: string; headers: Record<string, string>; code: string }[] = [
    { name: 'no key', headers: {}, code: 'MISSING_API_KEY' },
    { name: 'malformed key', headers: { authorization: 'Bearer not-a-key' }, code: 'INVALID_API_KEY_FORMAT' },
    { name: 'unknown key', headers: { authorization: `Bearer sk-${'a'.repeat(40)}` }, code: 'INVALID_API_KEY' },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const res = await request.get('/api/v1/video', { headers: c.headers });
      expect(res.status()).toBe(401);
      const body = await res.json();
      expect(body).toEqual({ success: false, error: expect.any(String), code: c.code });
      expect(body.error.length).toBeGreaterThan(5);
    });
  }
});
