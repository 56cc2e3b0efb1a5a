import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffprobe, isFastStart } from '../../e2e/fixtures/ffprobe';
import { useFreshDatabase } from '../server/testing/fresh-database';
import { startRedis, startWorker, waitFor, type RedisServer, type WorkerProcess } from './testing/processes';

// Render workers as real processes (`npm run worker`), sharing a real PostgreSQL database with this test process,
// rendering for real: first fed by BullMQ (Debian's redis-server on a loopback port), then on the embedded
// database queue. Needs `npm run build` (the composition bundle) and redis-server (scripts/ensure-redis.mjs).

const LEASE_MS = 4_000;
let redis: RedisServer;
let dataDir: string;
const workers: WorkerProcess[] = [];
/** Every worker ever started, killed ones included: stopping them also ends what they left behind. */
const everyWorker: WorkerProcess[] = [];
let mod: {
  users: typeof import('../server/accounts');
  tasks: typeof import('../server/tasks');
  renders: typeof import('../server/renders');
  credits: typeof import('../server/credits');
  webhooks: typeof import('../server/webhooks');
  queue: typeof import('../queue/render-queue');
  db: typeof import('../server/db/client').db;
};

const workerEnv = (mode: 'bullmq' | 'database' = 'bullmq') => ({
  DATA_DIR: dataDir,
  ...(mode === 'bullmq' ? { REDIS_URL: redis.url } : {}),
  // Short leases and BullMQ locks, so a dead worker is noticed in seconds rather than half a minute.
  RENDER_LEASE_MS: String(LEASE_MS),
  ALLOW_PRIVATE_WEBHOOKS: '1',
  WEBHOOK_RETRY_DELAYS_MS: '200,200,200,200,200',
});

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.ALLOW_PRIVATE_WEBHOOKS = '1';
  dataDir = useFreshDatabase();
  mod = {
    users: await import('../server/accounts'),
    tasks: await import('../server/tasks'),
    renders: await import('../server/renders'),
    credits: await import('../server/credits'),
    webhooks: await import('../server/webhooks'),
    queue: await import('../queue/render-queue'),
    db: (await import('../server/db/client')).db,
  };
});

async function startWorkers(names: string[], mode: 'bullmq' | 'database') {
  const started = await Promise.all(names.map((n) => startWorker(n, workerEnv(mode))));
  workers.push(...started);
  everyWorker.push(...started);
}

async function stopWorkers() {
  await Promise.all(workers.map((w) => w.stop()));
  workers.length = 0;
}

afterAll(async () => {
  if (process.env.SHOW_WORKER_LOGS) console.log(everyWorker.map((w) => `--- ${w.workerId}\n${w.output()}`).join('\n'));
  await Promise.all(everyWorker.map((w) => w.stop()));
  await mod?.queue.closeRenderQueue();
  await mod?.db.$disconnect();
  await redis?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A tiny config: `duration` seconds of a rect and a label on a small canvas. */
const config = (label: string, duration = 1, width = 160, height = 90) => ({
  meta: { version: '2.0.0', width, height, fps: 30, background: '#102030' },
  tracks: [
    {
      clips: [
        { type: 'rect' as const, start: 0, duration, transform: { x: '50%', y: '50%', width: width / 2, height: height / 2 }, style: { fill: '#ff0000' } },
        { type: 'text' as const, text: label, start: 0, duration, style: { fill: '#ffffff', fontSize: 16 } },
      ],
    },
  ],
});

async function newUser(credits = 100) {
  return mod.users.createUser({ email: `u${Math.random().toString(36).slice(2)}@x.test`, password: 'password1', credits });
}

async function withoutRedis<T>(fn: () => Promise<T>): Promise<T> {
  const url = process.env.REDIS_URL;
  delete process.env.REDIS_URL;
  try {
    return await fn();
  } finally {
    process.env.REDIS_URL = url;
  }
}

const renderRow = (id: string) => mod.db.render.findUniqueOrThrow({ where: { id } });
const finished = (id: string) => async () => {
  const r = await renderRow(id);
  return r.status === 'completed' || r.status === 'failed' ? r : null;
};
const storedFile = (key: string | null) => path.join(dataDir, 'files', key ?? 'missing');
const logs = () => workers.map((w) => `--- ${w.workerId}\n${w.output().slice(-2000)}`).join('\n');

/**
 * Starts a 3 s render, SIGKILLs the worker holding it once it has made progress, brings up a
 * replacement (as `npm start` would) and expects the job to finish on another worker, charged once.
 */
async function killMidRenderAndRecover(replacementName: string, mode: 'bullmq' | 'database') {
  const user = await newUser();
  // 90 frames at 320×180: long enough to be killed in the middle (it is killed at its first progress).
  const task = await mod.tasks.createTask({ userId: user.id, config: config('survivor', 3, 320, 180) });
  const start = () => mod.renders.startRender({ userId: user.id, taskId: task.id });
  const { renderTaskId, cost } = mode === 'bullmq' ? await start() : await withoutRedis(start);
  expect(cost).toBe(3);

  const running = await waitFor('progress > 0', async () => {
    const r = await renderRow(renderTaskId);
    return r.status === 'rendering' && r.progress > 0 ? r : null;
  }, 60_000, 100);
  const victim = workers.find((w) => w.workerId === running.leaseOwner);
  if (!victim) throw new Error(`no worker owns the lease (${running.leaseOwner ?? 'none'})`);
  await victim.kill();
  const replacement = await startWorker(replacementName, workerEnv(mode));
  everyWorker.push(replacement);
  workers.splice(workers.indexOf(victim), 1, replacement);

  const r = await waitFor('the render to finish', finished(renderTaskId), 120_000);
  expect(r.status, `${r.error ?? ''}\n${logs()}`).toBe('completed');
  expect(r.attempts).toBe(2);
  expect(r.leaseOwner).not.toBe(victim.workerId);
  expect(r.refunded).toBe(false);
  const probe = ffprobe(storedFile(r.outputKey));
  expect(probe.duration).toBeGreaterThan(2.9);
  expect(probe.duration).toBeLessThan(3.2);
  expect(await mod.credits.getBalance(user.id)).toBe(100 - 3);
  const charges = await mod.db.creditLedger.findMany({ where: { renderId: renderTaskId } });
  expect(charges.map((l) => [l.reason, l.amount])).toEqual([['render', -3]]);
  expect(await mod.db.task.count({ where: { status: 'rendering' } })).toBe(0);
  expect((await mod.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('completed');
}

describe('BullMQ scale-out (REDIS_URL)', () => {
  beforeAll(() => startWorkers(['bull-a', 'bull-b'], 'bullmq'));
  afterAll(stopWorkers);

  it('two worker processes take jobs from the queue and render real MP4s', async () => {
    const user = await newUser();
    const tasks = await Promise.all(['one', 'two', 'three'].map((label) => mod.tasks.createTask({ userId: user.id, config: config(label) })));
    const started = [];
    for (const t of tasks) started.push(await mod.renders.startRender({ userId: user.id, taskId: t.id }));

    const done = await Promise.all(started.map((s) => waitFor(`render ${s.renderTaskId}`, finished(s.renderTaskId), 90_000)));
    for (const r of done) {
      expect(r.status, `${r.id}: ${r.error ?? ''}\n${logs()}`).toBe('completed');
      expect(r.attempts).toBe(1);
      const probe = ffprobe(storedFile(r.outputKey));
      expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 160, height: 90 });
      expect(probe.streams.some((s) => s.codec_type === 'audio' && s.codec_name === 'aac')).toBe(true);
      expect(probe.duration).toBeGreaterThan(0.9);
      expect(probe.duration).toBeLessThan(1.2);
      expect(isFastStart(storedFile(r.outputKey))).toBe(true);
    }
    // Both workers got work from the one queue.
    expect(new Set(done.map((r) => r.leaseOwner))).toEqual(new Set(workers.map((w) => w.workerId)));
    // Charged once per render, never refunded; the queue is drained.
    expect(await mod.credits.getBalance(user.id)).toBe(100 - 3);
    const ledger = await mod.db.creditLedger.findMany({ where: { userId: user.id, reason: { in: ['render', 'refund'] } } });
    expect(ledger.map((l) => [l.reason, l.amount])).toEqual(Array(3).fill(['render', -1]));
    const queue = new (await import('bullmq')).Queue(mod.queue.RENDER_QUEUE_NAME, { connection: { url: redis.url } });
    expect(await queue.getJobCounts()).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    await queue.close();
  }, 120_000);

  it('a worker killed mid-render: the job is delivered again and finishes, charged once', async () => {
    await killMidRenderAndRecover('bull-c', 'bullmq');
  }, 180_000);

  it('a job whose workers died on every attempt fails with a clear error and a refund', async () => {
    const user = await newUser();
    const task = await mod.tasks.createTask({ userId: user.id, config: config('doomed', 3) });
    // Queued in the database only (no REDIS_URL for this call): only a worker's sweep will find it, and by
    // then it looks like a job that three workers took and died on (the previous test killed one for real).
    const { renderTaskId } = await withoutRedis(() => mod.renders.startRender({ userId: user.id, taskId: task.id }));
    const { count } = await mod.db.render.updateMany({
      where: { id: renderTaskId, status: 'queued' },
      data: { status: 'rendering', attempts: mod.renders.MAX_ATTEMPTS, leaseOwner: 'dead:1', leaseExpiresAt: new Date(Date.now() - 1000) },
    });
    if (count === 0) {
      // A worker was quicker; this run cannot set up the scenario, so say so rather than pass vacuously.
      throw new Error('a worker claimed the job before the test could mark it abandoned');
    }
    const r = await waitFor('the job to be given up', finished(renderTaskId), 30_000);
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/stopped responding 3 times; giving up\. Your credits were refunded\./);
    expect(r.refunded).toBe(true);
    expect(await mod.credits.getBalance(user.id)).toBe(100);
    const t = await mod.tasks.getTaskOrThrow({ taskId: task.id, userId: user.id });
    expect(mod.tasks.serializeTask(t, r)).toMatchObject({ status: 'failed', error: r.error });
  }, 60_000);

  it('a failing webhook receiver gets signed retries, each attempt logged', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = received.length <= 2 ? 500 : 200;
        res.end(received.length <= 2 ? 'not yet' : 'ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const { port } = receiver.address() as import('node:net').AddressInfo;
      const user = await newUser();
      const task = await mod.tasks.createTask({ userId: user.id, config: config('hooked') });
      const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id, webhookUrl: `http://127.0.0.1:${port}/hook` });

      const delivery = await waitFor('the third webhook attempt', async () => {
        const [d] = await mod.webhooks.listWebhookDeliveries(user.id);
        return d && d.status !== 'pending' ? d : null;
      }, 60_000);
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, event: 'render.completed', renderId: renderTaskId });
      expect(delivery.attemptLog.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
        [1, 500, 'HTTP 500'],
        [2, 500, 'HTTP 500'],
        [3, 200, null],
      ]);
      for (const a of delivery.attemptLog) expect(a.durationMs).toBeGreaterThanOrEqual(0);

      expect(received).toHaveLength(3);
      const { webhookSecret } = await mod.db.user.findUniqueOrThrow({ where: { id: user.id } });
      for (const { headers, body } of received) {
        expect(headers['x-cutroom-delivery']).toBe(delivery.id);
        expect(headers['x-cutroom-event']).toBe('render.completed');
        const signed = { body, timestamp: headers['x-cutroom-timestamp'] as string, signature: headers['x-cutroom-signature'] as string };
        expect(mod.webhooks.verifyWebhookSignature({ secret: webhookSecret, ...signed })).toBe(true);
        // A forged body or another account's secret does not verify.
        expect(mod.webhooks.verifyWebhookSignature({ secret: webhookSecret, ...signed, body: body.replace('completed', 'failed') })).toBe(false);
        expect(mod.webhooks.verifyWebhookSignature({ secret: `${webhookSecret}x`, ...signed })).toBe(false);
        expect(JSON.parse(body)).toMatchObject({ taskId: task.id, renderTaskId, status: 'completed', error: null, videoUrl: expect.stringMatching(/\.mp4$/) });
      }
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  }, 90_000);
});

describe('the embedded database queue (no REDIS_URL)', () => {
  beforeAll(() => startWorkers(['db-a'], 'database'));
  afterAll(stopWorkers);

  it('a worker killed mid-render: its lease lapses and the restarted worker finishes the job, charged once', async () => {
    await killMidRenderAndRecover('db-b', 'database');
  }, 180_000);
});
