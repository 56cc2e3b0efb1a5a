import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../media/testing/media-fixtures';
import { mediaTools } from '../media/tools';
import { useFreshDatabase } from '../server/testing/fresh-database';
import { startRedis, startWorker, waitFor, type RedisServer, type WorkerProcess } from './testing/processes';

// Upload processing in real worker processes (`npm run worker`) sharing a real PostgreSQL database with this test:
// a worker killed with SIGKILL in the middle of processing loses its lease, and another worker finishes
// the job on its retry — on the embedded database queue (polling) and on BullMQ (REDIS_URL, Debian's
// redis-server on a loopback port: the job is delivered again once the dead worker's lock runs out).
const LEASE_MS = 3_000;
let dataDir: string;
let redis: RedisServer;
const media = fx.fixtureDir();
/** HEVC needs a proxy: several seconds of x264 work, plenty of time to kill the worker in the middle. */
let source: string;
const workers: WorkerProcess[] = [];
let mod: {
  files: typeof import('../server/files');
  users: typeof import('../server/accounts');
  queue: typeof import('../queue/render-queue');
  db: typeof import('../server/db/client').db;
};

beforeAll(async () => {
  dataDir = useFreshDatabase();
  redis = await startRedis();
  mod = {
    files: await import('../server/files'),
    users: await import('../server/accounts'),
    queue: await import('../queue/render-queue'),
    db: (await import('../server/db/client')).db,
  };
  source = path.join(media, 'long-hevc.mov');
  fx.run(['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '20',
    '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=none', '-tag:v', 'hvc1', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', source]);
}, 300_000);

afterAll(async () => {
  if (process.env.SHOW_WORKER_LOGS) console.log(workers.map((w) => `--- ${w.workerId}\n${w.output()}`).join('\n'));
  await Promise.all(workers.map((w) => w.stop()));
  await mod?.queue.closeRenderQueue();
  await mod?.db.$disconnect();
  await redis?.stop();
  fs.rmSync(media, { recursive: true, force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

type Mode = 'database' | 'bullmq';
const env = (mode: Mode) => ({
  DATA_DIR: dataDir,
  RENDER_LEASE_MS: String(LEASE_MS),
  FFMPEG_PATH: mediaTools().ffmpeg,
  FFPROBE_PATH: mediaTools().ffprobe,
  ...(mode === 'bullmq' ? { REDIS_URL: redis.url } : { REDIS_URL: '' }),
});

async function start(name: string, mode: Mode) {
  const w = await startWorker(name, env(mode));
  workers.push(w);
  return w;
}

describe('processing in worker processes', () => {
  it.each([
    ['database', 'the embedded database queue'],
    ['bullmq', 'BullMQ'],
  ] as const)('a worker killed mid-processing (%s: %s): the job is finished on retry by another worker', async (mode, _queue) => {
    const user = await mod.users.createUser({ email: `kill-${mode}@x.test`, password: 'password1' });
    const a = await start(`proc-${mode}-a`, mode);
    // The upload enqueues its job in BullMQ only when this process has REDIS_URL too.
    if (mode === 'bullmq') process.env.REDIS_URL = redis.url;
    else delete process.env.REDIS_URL;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fs.readFileSync(source))], { type: 'video/quicktime' }), 'phone.mov');
    const res = new Response(form);
    const [record] = await mod.files.uploadFiles({ userId: user.id, body: res.body, contentType: res.headers.get('content-type') });
    const fileId = record!.id;

    await waitFor('worker A to claim the job', async () => (await mod.db.fileJob.findUnique({ where: { id: fileId } }))?.leaseOwner === a.workerId, 30_000);
    await new Promise((r) => setTimeout(r, 1_500)); // in the middle of it
    await a.kill();
    const halfway = await mod.db.file.findUniqueOrThrow({ where: { id: fileId } });
    expect(halfway.status).toBe('processing');

    const b = await start(`proc-${mode}-b`, mode);
    const done = await waitFor(
      'the file to be processed on retry',
      async () => {
        const f = await mod.db.file.findUniqueOrThrow({ where: { id: fileId } });
        return f.status !== 'processing' && f;
      },
      150_000,
      500,
    );
    const job = await mod.db.fileJob.findUniqueOrThrow({ where: { id: fileId } });
    expect({ status: done.status, error: done.error }, b.output().slice(-2000)).toEqual({ status: 'ready', error: null });
    expect(job).toMatchObject({ status: 'done', attempts: 2, leaseOwner: b.workerId });
    const proxy = fx.probeStreams(path.join(dataDir, 'files', done.proxyKey!));
    expect(proxy.codecs.sort()).toEqual(['aac', 'h264']);
    expect(Math.abs(proxy.duration - 20)).toBeLessThan(0.1);
    if (mode === 'bullmq') {
      // Delivered through the queue, which is drained now.
      const queue = new (await import('bullmq')).Queue(mod.queue.FILE_QUEUE_NAME, { connection: { url: redis.url } });
      expect(await queue.getJobCounts()).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
      await queue.close();
    }
    await b.stop();
  }, 240_000);
});
