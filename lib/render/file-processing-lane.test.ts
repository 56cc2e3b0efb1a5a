import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../media/testing/media-fixtures';
import { mediaTools } from '../media/tools';
import { useFreshDatabase } from '../server/test-db';
import { startWorker, waitFor, type WorkerProcess } from './testing/processes';

// Upload processing in real worker processes (`npm run worker`) sharing a real SQLite file with this test:
// a worker killed with SIGKILL in the middle of processing loses its lease, and another worker finishes
// the job on its retry.
const LEASE_MS = 3_000;
let dataDir: string;
const media = fx.fixtureDir();
const workers: WorkerProcess[] = [];
let mod: { files: typeof import('../server/files'); users: typeof import('../server/users'); db: typeof import('../server/db/client').db };

beforeAll(async () => {
  dataDir = useFreshDatabase();
  mod = { files: await import('../server/files'), users: await import('../server/users'), db: (await import('../server/db/client')).db };
});

afterAll(async () => {
  if (process.env.SHOW_WORKER_LOGS) console.log(workers.map((w) => `--- ${w.workerId}\n${w.output()}`).join('\n'));
  await Promise.all(workers.map((w) => w.stop()));
  await mod?.db.$disconnect();
  fs.rmSync(media, { recursive: true, force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({ DATA_DIR: dataDir, RENDER_LEASE_MS: String(LEASE_MS), FFMPEG_PATH: mediaTools().ffmpeg, FFPROBE_PATH: mediaTools().ffprobe });

async function start(name: string) {
  const w = await startWorker(name, env());
  workers.push(w);
  return w;
}

describe('processing in worker processes', () => {
  it('a worker killed mid-processing: the job is finished on retry by another worker', async () => {
    const user = await mod.users.createUser({ email: 'kill@x.test', password: 'password1' });
    // HEVC needs a proxy: several seconds of x264 work, plenty of time to kill the worker in the middle.
    const source = path.join(media, 'long-hevc.mov');
    fx.run(['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '20',
      '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=none', '-tag:v', 'hvc1', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', source]);
    const a = await start('proc-a');
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

    const b = await start('proc-b');
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
    expect({ status: done.status, error: done.error }).toEqual({ status: 'ready', error: null });
    expect(job).toMatchObject({ status: 'done', attempts: 2, leaseOwner: b.workerId });
    const proxy = fx.probeStreams(path.join(dataDir, 'files', done.proxyKey!));
    expect(proxy.codecs.sort()).toEqual(['aac', 'h264']);
    expect(Math.abs(proxy.duration - 20)).toBeLessThan(0.1);
  }, 240_000);
});
