import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../server/testing/fresh-database';
import { startWorker, waitFor, type WorkerProcess } from './testing/processes';

// A render's overall time budget (RENDER_TIMEOUT_MS), with a real worker process: an image source that
// answers its first 2 KB at once (so it passes the media check) and then drips one byte a second
// holds the browser until the budget stops the job; the worker reports it and renders the next one.

let dataDir: string;
let worker: WorkerProcess | undefined;
let server: http.Server;
let base = '';
const open = new Set<http.ServerResponse>();
let mod: {
  users: typeof import('../server/accounts');
  tasks: typeof import('../server/tasks');
  renders: typeof import('../server/renders');
  credits: typeof import('../server/credits');
  db: typeof import('../server/db/client').db;
};

beforeAll(async () => {
  delete process.env.REDIS_URL;
  dataDir = useFreshDatabase();
  mod = {
    users: await import('../server/accounts'),
    tasks: await import('../server/tasks'),
    renders: await import('../server/renders'),
    credits: await import('../server/credits'),
    db: (await import('../server/db/client')).db,
  };
  // A real PNG (ffmpeg's test pattern), so the browser waits for the rest instead of failing to decode it.
  const png = path.join(os.tmpdir(), `cutroom-budget-${process.pid}.png`);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=640x360', '-frames:v', '1', png]);
  const head = fs.readFileSync(png).subarray(0, 2048);
  fs.rmSync(png);
  server = http.createServer((_req, res) => {
    open.add(res);
    res.writeHead(200, { 'content-type': 'image/png' });
    res.write(head);
    const timer = setInterval(() => res.write(' '), 1000);
    res.on('close', () => {
      clearInterval(timer);
      open.delete(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  worker = await startWorker('budget', { DATA_DIR: dataDir, RENDER_TIMEOUT_MS: '10000', ALLOW_PRIVATE_MEDIA: '1' });
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  for (const res of open) res.destroy();
  await new Promise((r) => server?.close(r));
  await mod?.db.$disconnect();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const meta = { version: '2.0.0', width: 160, height: 90, fps: 30 };

it('stops a render that outlives RENDER_TIMEOUT_MS, names its sources, refunds it, and renders the next job', async () => {
  const user = await mod.users.createUser({ email: 'budget@x.test', password: 'password1', credits: 10 });
  const url = `${base}/slow.png`;
  const slow = await mod.tasks.createTask({ userId: user.id, config: { meta, tracks: [{ clips: [{ type: 'image', src: url, start: 0, duration: 1 }] }] } });
  const started = Date.now();
  const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: slow.id });
  const failed = await waitFor('the slow render to stop', async () => {
    const r = await mod.db.render.findUniqueOrThrow({ where: { id: renderTaskId } });
    return r.status === 'failed' ? r : null;
  }, 60_000);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(failed.error).toContain('Render took longer than its 10 s budget (RENDER_TIMEOUT_MS)');
  expect(failed.error).toContain(`tracks[0].clips[0] (image) ${url}`);
  expect(failed.refunded).toBe(true);
  expect(await mod.credits.getBalance(user.id)).toBe(10);

  const next = await mod.tasks.createTask({
    userId: user.id,
    config: { meta, tracks: [{ clips: [{ type: 'text', text: 'next', start: 0, duration: 1 }] }] },
  });
  const second = await mod.renders.startRender({ userId: user.id, taskId: next.id });
  const done = await waitFor('the next render', async () => {
    const r = await mod.db.render.findUniqueOrThrow({ where: { id: second.renderTaskId } });
    return r.status === 'completed' || r.status === 'failed' ? r : null;
  }, 60_000);
  expect(done.status, `${done.error ?? ''}\n${worker?.output().slice(-2000)}`).toBe('completed');
}, 120_000);
