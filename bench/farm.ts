/**
 * Render farm benchmark (not a test): the distribution overhead of RENDER_FARM — queueing the chunk,
 * moving it through storage, downloading and combining — for a 10 s 1920×1080 render with num_workers=2,
 * against today's local chunking (chunk 1 in a child process on the render's own host), side by side in
 * one run: rounds alternate local and farm, and the medians are compared. Real worker processes
 * (`npm run worker`): one for local chunking; two for the farm, each with its own DATA_DIR, sharing only
 * PostgreSQL and a real S3-compatible server (s3rver). Time is the render's, from its request (createdAt) to its completion.
 *
 *   npm run build && npx tsx bench/farm.ts [--seconds 10] [--rounds 2]
 */
import { execSync } from 'node:child_process';
import os from 'node:os';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
  return n;
}

async function main() {
  const seconds = arg('--seconds', 10);
  const rounds = arg('--rounds', 2);
  await (await import('../lib/server/testing/test-postgres')).ensureTestPostgres();
  const fixture = await import('../lib/render/testing/farm-fixture');
  const shared = await fixture.startSharedServices();
  process.env.MAX_RENDER_WORKERS = '2';
  delete process.env.REDIS_URL;
  const { startWorker, waitFor } = await import('../lib/render/testing/processes');
  const { createUser } = await import('../lib/server/accounts');
  const { createTask } = await import('../lib/server/tasks');
  const { startRender } = await import('../lib/server/renders');
  const { db } = await import('../lib/server/db/client');
  const user = await createUser({ email: 'bench-farm@x.test', password: 'password1', credits: 1_000_000 });

  // Every frame new (a spinning bar), so both ways render all frames through renderMedia chunks.
  const config = (label: string, duration: number) => ({
    meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30, background: '#101018' },
    tracks: [{ clips: [
      { type: 'rect' as const, start: 0, duration, transform: { x: '50%', y: '50%', width: 1200, height: 120 }, style: { fill: '#facc15' }, animations: [{ type: 'rotate' as const, from: 0, to: 360 * duration, duration }] },
      { type: 'text' as const, text: label, start: 0, duration, transform: { y: '85%' }, style: { fill: '#fff', fontSize: 96, fontWeight: 700 } },
    ] }],
  });
  let n = 0;
  async function renderOnce(duration: number): Promise<number> {
    const task = await createTask({ userId: user.id, config: config(`farm bench ${++n}`, duration) });
    const { renderTaskId } = await startRender({ userId: user.id, taskId: task.id, numWorkers: 2 });
    const r = await waitFor('the render', async () => {
      const row = await db.render.findUniqueOrThrow({ where: { id: renderTaskId } });
      return row.status === 'completed' || row.status === 'failed' ? row : null;
    }, 30 * 60_000, 250);
    if (r.status !== 'completed' || !r.completedAt) throw new Error(`render failed: ${r.error}`);
    const chunks = await db.renderChunk.findMany({ where: { renderId: r.id } });
    if (chunks.length > 0 && new Set(chunks.map((c) => c.leaseOwner)).size < 2) console.warn('  (the farm render did not spread over both workers)');
    return (r.completedAt.getTime() - r.createdAt.getTime()) / 1000;
  }

  const workerEnv = (farm: boolean) => ({ ...shared.env, DATA_DIR: shared.newDataDir(), ...(farm ? { RENDER_FARM: '1' } : {}) });
  async function phase(farm: boolean): Promise<number> {
    const workers = farm
      ? await Promise.all([startWorker('farm-a', workerEnv(true)), startWorker('farm-b', workerEnv(true))])
      : [await startWorker('local', workerEnv(false))];
    try {
      await renderOnce(1); // warm-up: browsers open, bundle served, caches filled
      return await renderOnce(seconds);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
  }

  const local: number[] = [];
  const farm: number[] = [];
  for (let i = 0; i < rounds; i++) {
    local.push(await phase(false));
    console.log(`round ${i + 1}: local chunking ${local.at(-1)!.toFixed(1)} s (load ${os.loadavg()[0]!.toFixed(1)})`);
    farm.push(await phase(true));
    console.log(`round ${i + 1}: farm           ${farm.at(-1)!.toFixed(1)} s (load ${os.loadavg()[0]!.toFixed(1)})`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const ratio = median(farm) / median(local);
  console.log(`\n${seconds} s 1080p, num_workers=2, ${rounds} round(s): local chunking ${median(local).toFixed(1)} s, farm ${median(farm).toFixed(1)} s`);
  console.log(`farm / local = ${ratio.toFixed(3)} → distribution overhead ${((ratio - 1) * 100).toFixed(1)} % (target < 10 %)`);
  console.log(execSync('uptime').toString().trim());
  await db.$disconnect();
  await shared.stop();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
