/**
 * Render benchmark (not a test): the same 1920×1080, 30 fps, 10 s fixture (text, image, video, audio)
 * three ways — a bare renderMedia call with default settings, Cutroom's pipeline with one worker, and
 * with num_workers=2 — printing frames per second, ratios, and time from request to first frame.
 *
 *   npm run build && npx tsx bench/render.ts [--seconds 10]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sineWav } from './lib/media';

async function main() {
  const flag = process.argv.indexOf('--seconds');
  const seconds = flag === -1 ? 10 : Number(process.argv[flag + 1]);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--seconds needs a positive number');
  const out = path.resolve('bench/out');
  fs.mkdirSync(out, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-bench-'));
  process.env.DATA_DIR = dataDir;
  process.env.MAX_RENDER_WORKERS = '2';
  process.env.ALLOW_PRIVATE_MEDIA = '1'; // the fixture's media is served from loopback

  // Media, made locally (Remotion renders the source clip and image; the WAV is written here) and
  // served on loopback: the renderer fetches URLs, as in production.
  const { renderMedia, renderStill, selectComposition } = await import('@remotion/renderer');
  const { BUNDLE_DIR } = await import('../lib/render/paths');
  const { requireBrowserExecutable } = await import('../lib/render/browser');
  const browserExecutable = requireBrowserExecutable();
  const sourceConfig = {
    meta: { version: '2.0.0', width: 1280, height: 720, fps: 30, background: '#1e3a8a' },
    tracks: [{ clips: [
      { type: 'rect', start: 0, duration: seconds, transform: { width: 300, height: 300 }, style: { fill: '#facc15' } },
      { type: 'text', text: 'source clip', start: 0, duration: seconds, transform: { y: '80%' }, style: { fill: '#fff', fontSize: 64 } },
    ] }],
  };
  if (!fs.existsSync(path.join(out, `video-${seconds}.mp4`))) {
    const inputProps = { config: sourceConfig };
    const comp = await selectComposition({ serveUrl: BUNDLE_DIR, id: 'cutroom', inputProps, browserExecutable, logLevel: 'error' });
    await renderMedia({ composition: comp, serveUrl: BUNDLE_DIR, codec: 'h264', outputLocation: path.join(out, `video-${seconds}.mp4`), inputProps, browserExecutable, logLevel: 'error', muted: true });
    await renderStill({ composition: comp, serveUrl: BUNDLE_DIR, frame: 0, output: path.join(out, 'image.png'), imageFormat: 'png', inputProps, browserExecutable, logLevel: 'error' });
  }
  fs.writeFileSync(path.join(out, 'audio.wav'), sineWav(440, seconds));

  const server = http.createServer((req, res) => {
    const file = path.join(out, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    const size = fs.statSync(file).size;
    const m = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
    const type = file.endsWith('.png') ? 'image/png' : file.endsWith('.mp4') ? 'video/mp4' : 'audio/wav';
    if (m) {
      const start = Number(m[1] || 0);
      const end = m[2] ? Number(m[2]) : size - 1;
      res.writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1, 'accept-ranges': 'bytes' });
      fs.createReadStream(file, { start, end }).pipe(res);
    } else {
      res.writeHead(200, { 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes' });
      fs.createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const config = {
    meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30, background: '#101018' },
    tracks: [
      { clips: [{ type: 'video', src: `${base}/video-${seconds}.mp4`, start: 0, duration: seconds, transform: { width: '100%', height: '100%' }, style: { objectFit: 'cover' } }] },
      { clips: [{ type: 'image', src: `${base}/image.png`, start: 0, duration: seconds, transform: { x: '80%', y: '25%', width: 480, height: 270 } }] },
      { clips: [{ type: 'text', text: 'Cutroom benchmark', start: 0, duration: seconds, transform: { y: '85%' }, style: { fill: '#fff', fontSize: 96, fontWeight: 700 } }] },
      { clips: [{ type: 'audio', src: `${base}/audio.wav`, start: 0, duration: seconds, volume: 0.5 }] },
    ],
  };
  const frames = seconds * 30;

  // A database of its own on a PostgreSQL started for the bench (migrated; stopped when the bench exits).
  await (await import('../lib/server/testing/test-postgres')).ensureTestPostgres();
  (await import('../lib/server/testing/fresh-database')).useFreshDatabase();
  process.env.DATA_DIR = dataDir;

  async function bare() {
    const t0 = performance.now();
    const inputProps = { config };
    const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: 'cutroom', inputProps, browserExecutable, logLevel: 'error' });
    let firstFrame = 0;
    await renderMedia({
      composition, serveUrl: BUNDLE_DIR, codec: 'h264', outputLocation: path.join(out, 'bare.mp4'), inputProps, browserExecutable, logLevel: 'error',
      onProgress: ({ renderedFrames }) => { if (!firstFrame && renderedFrames > 0) firstFrame = performance.now() - t0; },
    });
    return { ms: performance.now() - t0, firstFrameMs: firstFrame };
  }

  const { createUser } = await import('../lib/server/accounts');
  const { createTask } = await import('../lib/server/tasks');
  const { startRender } = await import('../lib/server/renders');
  const { db } = await import('../lib/server/db/client');
  const { runWorker } = await import('../lib/render/worker');
  const { validateVideoConfig } = await import('../lib/video');
  const user = await createUser({ email: 'bench@example.test', password: 'benchmark1', credits: 100000 });
  const parsed = validateVideoConfig(config);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));

  const controller = new AbortController();
  const worker = runWorker({ workerId: 'bench', signal: controller.signal, pollMs: 50 });
  await new Promise((r) => setTimeout(r, 3000)); // the worker's browser is warm, as in production

  async function pipeline(numWorkers: number) {
    const task = await createTask({ userId: user.id, config: parsed.success ? parsed.config : config as never });
    const t0 = performance.now();
    const started = Date.now();
    const { renderTaskId } = await startRender({ userId: user.id, taskId: task.id, numWorkers });
    for (;;) {
      const r = await db.render.findUniqueOrThrow({ where: { id: renderTaskId } });
      if (r.status === 'completed' || r.status === 'failed') {
        if (r.status === 'failed') throw new Error(r.error ?? 'failed');
        return { ms: performance.now() - t0, firstFrameMs: r.firstFrameAt ? r.firstFrameAt.getTime() - started : NaN };
      }
      await new Promise((res) => setTimeout(res, 50));
    }
  }

  const results: Record<string, { ms: number; firstFrameMs: number }> = {};
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadAtStart = load();
  results.bare = await bare();
  results.one = await pipeline(1);
  results.two = await pipeline(2);
  controller.abort();
  await worker;
  server.close();

  const fps = (ms: number) => frames / (ms / 1000);
  console.log(`\n${frames} frames, 1920×1080 @ 30 fps, ${os.cpus().length} cores, load ${loadAtStart} at the start, ${load()} at the end\n`);
  console.log('run                       seconds    fps   first frame   vs bare');
  for (const [name, label] of [['bare', 'bare renderMedia'], ['one', 'Cutroom, 1 worker'], ['two', 'Cutroom, num_workers=2']] as const) {
    const r = results[name]!;
    console.log(`${label.padEnd(24)} ${(r.ms / 1000).toFixed(1).padStart(8)} ${fps(r.ms).toFixed(1).padStart(6)} ${(r.firstFrameMs / 1000).toFixed(2).padStart(10)} s ${(results.bare!.ms / r.ms).toFixed(2).padStart(8)}×`);
  }
  const overhead = results.one!.ms / results.bare!.ms - 1;
  console.log(`\none-worker overhead vs bare: ${(overhead * 100).toFixed(1)}% (target ≤ 5%)`);
  console.log(`two workers speed-up vs bare: ${(results.bare!.ms / results.two!.ms).toFixed(2)}× (target ≥ 1.5×)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
