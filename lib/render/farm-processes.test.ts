import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVideos } from './testing/compare-videos';
import { startSharedServices, type SharedServices } from './testing/farm-fixture';
import { startRedis, startWorker, waitFor, type RedisServer, type WorkerProcess } from './testing/processes';

// The render farm (RENDER_FARM=1) with real processes: two workers, each with its own temporary
// DATA_DIR, sharing only PostgreSQL and S3-compatible storage (lib/render/testing/farm-fixture.ts), render
// num_workers=4 videos together — fed by BullMQ (Debian's redis-server) or by the database sweep.
// Needs the composition bundle (`npm run build`).

// Short leases, so a dead worker is noticed in seconds (long enough for heartbeats on a loaded machine).
const LEASE_MS = 8_000;
let shared: SharedServices;
let redis: RedisServer | undefined;
const everyWorker: WorkerProcess[] = [];
const tmpFiles: string[] = [];
let mod: {
  users: typeof import('../server/accounts');
  tasks: typeof import('../server/tasks');
  renders: typeof import('../server/renders');
  credits: typeof import('../server/credits');
  queue: typeof import('../queue/render-queue');
  storage: typeof import('../server/get-storage');
  db: typeof import('../server/db/client').db;
};

beforeAll(async () => {
  shared = await startSharedServices();
  // startRender caps num_workers by this process's MAX_RENDER_WORKERS.
  process.env.MAX_RENDER_WORKERS = '4';
  delete process.env.REDIS_URL;
  mod = {
    users: await import('../server/accounts'),
    tasks: await import('../server/tasks'),
    renders: await import('../server/renders'),
    credits: await import('../server/credits'),
    queue: await import('../queue/render-queue'),
    storage: await import('../server/get-storage'),
    db: (await import('../server/db/client')).db,
  };
});

afterAll(async () => {
  if (process.env.SHOW_WORKER_LOGS) console.log(everyWorker.map((w) => `--- ${w.workerId}\n${w.output()}`).join('\n'));
  await Promise.all(everyWorker.map((w) => w.stop()));
  await mod?.queue.closeRenderQueue();
  await mod?.db.$disconnect();
  await redis?.stop();
  await shared?.stop();
  for (const f of tmpFiles) fs.rmSync(f, { force: true });
});

async function startFarmWorker(name: string, mode: 'bullmq' | 'database') {
  const w = await startWorker(name, {
    ...shared.env,
    DATA_DIR: shared.newDataDir(),
    RENDER_FARM: '1',
    RENDER_LEASE_MS: String(LEASE_MS),
    ...(mode === 'bullmq' && redis ? { REDIS_URL: redis.url } : {}),
  });
  everyWorker.push(w);
  return w;
}

/** 4 s at 30 fps on a small canvas: a bar spinning 12° a frame (every frame new, so a repeated or dropped frame shows), and a label. */
const spinning = (label: string) => ({
  meta: { version: '2.0.0', width: 160, height: 90, fps: 30, background: '#102030' },
  tracks: [
    {
      clips: [
        {
          type: 'rect' as const,
          start: 0,
          duration: 4,
          transform: { x: '50%', y: '50%', width: 100, height: 12 },
          style: { fill: '#ff0000' },
          animations: [{ type: 'rotate' as const, from: 0, to: 1440, duration: 4 }],
        },
        { type: 'text' as const, text: label, start: 0, duration: 4, style: { fill: '#ffffff', fontSize: 14 } },
      ],
    },
  ],
});

const renderRow = (id: string) => mod.db.render.findUniqueOrThrow({ where: { id } });
const finished = (id: string) => async () => {
  const r = await renderRow(id);
  return r.status === 'completed' || r.status === 'failed' ? r : null;
};

/** A stored object as a local file (through the storage interface, whatever backs it). */
async function fetchStored(key: string | null): Promise<string> {
  if (!key) throw new Error('no output key');
  const file = path.join(os.tmpdir(), `cutroom-farm-test-${Date.now()}-${path.basename(key)}`);
  tmpFiles.push(file);
  await pipeline(mod.storage.getStorage().read(key), fs.createWriteStream(file));
  return file;
}

async function render(userId: string, label: string, numWorkers: number) {
  const task = await mod.tasks.createTask({ userId, config: spinning(label) });
  return mod.renders.startRender({ userId, taskId: task.id, numWorkers });
}

/** The one-worker render of `spinning('farm')` as a local file: made once, by the first suite's first test. */
let referenceFile = '';

function farmSuite(mode: 'bullmq' | 'database') {
  let workers: WorkerProcess[] = [];
  const logs = () => workers.map((w) => `--- ${w.workerId}\n${w.output().slice(-3000)}`).join('\n');
  /** waitFor, naming what the workers said when it times out. */
  const waitOrShow = <T>(what: string, probe: () => Promise<T | null | undefined | false>, ms: number, every?: number) =>
    waitFor(what, probe, ms, every).catch((err: unknown) => {
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n${logs()}`);
    });

  /**
   * The reference: the same picture rendered in one pass, once for both suites (its frames do not depend on the
   * delivery). It is an object in the S3 server's bucket, not a file in a shared folder.
   */
  async function ensureReference(userId: string) {
    if (referenceFile) return;
    const single = await render(userId, 'farm', 1);
    const reference = await waitOrShow('the one-worker render', finished(single.renderTaskId), 120_000);
    expect(reference.status, `${reference.error ?? ''}\n${logs()}`).toBe('completed');
    const objects = await shared.s3.list();
    expect(objects.some((k) => k.endsWith(`${reference.outputKey}`)), objects.join('\n')).toBe(true);
    referenceFile = await fetchStored(reference.outputKey);
  }

  beforeAll(async () => {
    if (mode === 'bullmq') {
      redis = await startRedis();
      process.env.REDIS_URL = redis.url;
    }
    workers = await Promise.all([startFarmWorker(`${mode}-a`, mode), startFarmWorker(`${mode}-b`, mode)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    delete process.env.REDIS_URL;
  });

  it('two workers render one num_workers=4 video together: the frames of a one-worker render, joins included', async () => {
    const user = await mod.users.createUser({ email: `farm-${mode}@x.test`, password: 'password1', credits: 100 });
    await ensureReference(user.id);

    const farmed = await render(user.id, 'farm', 4);
    const r = await waitOrShow('the farmed render', finished(farmed.renderTaskId), 300_000);
    expect(r.status, `${r.error ?? ''}\n${logs()}`).toBe('completed');

    const chunks = await mod.db.renderChunk.findMany({ where: { renderId: r.id }, orderBy: { index: 'asc' } });
    expect(chunks.map((c) => [c.index, c.kind, c.frameFrom, c.frameTo, c.status])).toEqual([
      [0, 'media', 0, 29, 'done'],
      [1, 'media', 30, 59, 'done'],
      [2, 'media', 60, 89, 'done'],
      [3, 'media', 90, 119, 'done'],
    ]);
    // Both workers took chunks: the coordinator its own, the other at least one from the queue.
    expect(new Set(chunks.map((c) => c.leaseOwner)), logs()).toEqual(new Set(workers.map((w) => w.workerId)));
    // The other worker's chunks went through storage, and are removed once the render is done (the coordinator
    // removes them right after it marks the render completed, so they may still be there for a moment).
    const remote = chunks.filter((c) => c.leaseOwner !== r.leaseOwner);
    expect(remote.length).toBeGreaterThan(0);
    for (const c of remote) expect(c.outputKey).toBe(`renders/${r.id}/chunks/${c.index}`);
    await waitOrShow('the chunk outputs removed from storage', async () => {
      const left = await Promise.all(remote.map((c) => mod.storage.getStorage().stat(`${c.outputKey}.ts`)));
      return left.every((stat) => stat === null);
    }, 20_000, 100);

    // The storage is the S3 server: the video is an object in its bucket, not a file in a shared folder.
    const objects = await shared.s3.list();
    expect(objects.some((k) => k.endsWith(`${r.outputKey}`)), objects.join('\n')).toBe(true);
    const cmp = compareVideos(referenceFile, await fetchStored(r.outputKey));
    expect(cmp.framesA).toBe(120);
    expect(cmp.framesB).toBe(120);
    expect(cmp.ssim).toHaveLength(120);
    // Every frame matches its one-pass twin, those at the joins (29|30, 59|60, 89|90) included.
    expect(cmp.minSsim, `per-frame SSIM: ${cmp.ssim.map((s) => s.toFixed(3)).join(' ')}`).toBeGreaterThan(0.97);
    expect(Math.abs(cmp.audioDurationA - cmp.audioDurationB)).toBeLessThan(0.05);
    // Charged once per render.
    const ledger = await mod.db.creditLedger.findMany({ where: { renderId: r.id } });
    expect(ledger.map((l) => [l.reason, l.amount])).toEqual([['render', -farmed.cost]]);
  }, 600_000);

  // A lost chunk is found again by its lease, whichever way chunks are delivered: tested once, on the sweep.
  it.skipIf(mode === 'bullmq')('a worker killed (kill -9) in the middle of its chunk: the chunk is retried, the render completes, charged once', async () => {
    const user = await mod.users.createUser({ email: `farm-kill-${mode}@x.test`, password: 'password1', credits: 100 });
    const farmed = await render(user.id, 'farm', 4);
    // The moment a worker other than the render's coordinator is rendering a chunk.
    const { chunk, coordinator } = await waitOrShow('a chunk rendering on the other worker', async () => {
      const r = await renderRow(farmed.renderTaskId);
      if (r.status !== 'rendering' || !r.leaseOwner) return null;
      const c = await mod.db.renderChunk.findFirst({ where: { renderId: r.id, status: 'rendering', leaseOwner: { not: r.leaseOwner } } });
      return c ? { chunk: c, coordinator: r.leaseOwner } : null;
    }, 120_000, 100);
    const victim = workers.find((w) => w.workerId === chunk.leaseOwner);
    if (!victim) throw new Error(`no worker owns chunk ${chunk.id} (${chunk.leaseOwner ?? 'none'})`);
    await victim.kill();

    const r = await waitOrShow('the render to finish', finished(farmed.renderTaskId), 300_000);
    expect(r.status, `${r.error ?? ''}\n${logs()}`).toBe('completed');
    await ensureReference(user.id);
    expect(r.leaseOwner).toBe(coordinator);
    expect(r.refunded).toBe(false);
    const retried = await mod.db.renderChunk.findUniqueOrThrow({ where: { id: chunk.id } });
    expect(retried).toMatchObject({ status: 'done', attempts: 2 });
    expect(retried.leaseOwner).not.toBe(victim.workerId);
    // The same frames as the one-worker render, the retried chunk's included.
    const cmp = compareVideos(referenceFile, await fetchStored(r.outputKey));
    expect(cmp.framesB).toBe(120);
    expect(cmp.minSsim).toBeGreaterThan(0.97);
    const ledger = await mod.db.creditLedger.findMany({ where: { renderId: r.id } });
    expect(ledger.map((l) => [l.reason, l.amount])).toEqual([['render', -farmed.cost]]);
    expect(await mod.credits.getBalance(user.id)).toBe(100 - farmed.cost);
    // A replacement, as a supervisor would start it, so the next suite finds two workers.
    workers.splice(workers.indexOf(victim), 1, await startFarmWorker(`${mode}-c`, mode));
  }, 600_000);
}

describe('the render farm on the database sweep (no REDIS_URL)', () => farmSuite('database'));
describe('the render farm fed by BullMQ (REDIS_URL, Debian\'s redis-server)', () => farmSuite('bullmq'));
