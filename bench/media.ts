/**
 * Upload processing benchmark (not a test). Prints:
 *  - time from a finished upload to `ready` for a 60 s 1080p H.264/AAC video (probe, poster, thumbnail,
 *    filmstrip, waveform), through the worker's real processing lane (target ≤ 5 s);
 *  - probe alone (target < 300 ms);
 *  - the waveform of a 10-minute audio file (target < 3 s);
 *  - how much a render that is already running slows down while processing runs beside it (target ≤ 10 %).
 *
 *   npm run build && npx tsx bench/media.ts      (BENCH_SKIP_RENDER=1: stop after upload → ready)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = path.resolve('bench/out');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** CPU seconds of this process's finished children (the ffmpeg runs), from /proc: a figure the machine's load does not stretch. */
const childCpu = () => {
  const f = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
};

async function main() {
  fs.mkdirSync(out, { recursive: true });
  // A fresh database on a PostgreSQL started for the bench, and a temp DATA_DIR (the test helpers; not a React hook).
  await (await import('../lib/server/testing/test-postgres')).ensureTestPostgres();
  const { useFreshDatabase: freshDatabase } = await import('../lib/server/testing/fresh-database');
  freshDatabase();
  const { mediaTools } = await import('../lib/media/tools');
  const { ffmpeg } = mediaTools();
  const make = (name: string, args: string[]) => {
    const file = path.join(out, name);
    if (!fs.existsSync(file)) execFileSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args, file]);
    return file;
  };
  console.log('making the media (cached in bench/out)…');
  // A camera-like 60 s 1080p30 H.264 High (CABAC, deblocking, 2 s GOP) with AAC: ~8 Mbit/s.
  const video = make('bench-60s-1080p.mp4', ['-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=48000',
    '-t', '60', '-c:v', 'libx264', '-preset', 'veryfast', '-b:v', '8M', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k', '-shortest']);
  const audio = make('bench-10min.mp3', ['-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=44100', '-ac', '2', '-t', '600', '-c:a', 'libmp3lame', '-b:a', '192k']);

  const { probeMedia } = await import('../lib/media/probe');
  const { makeWaveform } = await import('../lib/media/make-waveform');
  await probeMedia(video);
  const probes: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await probeMedia(video);
    probes.push(performance.now() - t);
  }
  const waveforms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await makeWaveform(audio, { duration: 600 });
    waveforms.push(performance.now() - t);
  }

  console.log(`probe median ${median(probes).toFixed(0)} ms; waveform (10 min) median ${secs(median(waveforms))}`);

  // Time to ready, through the worker's processing lane (polling every 500 ms, as in production).
  const { uploadFiles } = await import('../lib/server/files');
  const { createUser } = await import('../lib/server/accounts');
  const { db } = await import('../lib/server/db/client');
  const { runFileProcessing } = await import('../lib/render/file-processing-lane');
  const user = await createUser({ email: 'bench@example.test', password: 'password1' });
  await db.user.update({ where: { id: user.id }, data: { plan: 'pro' } });
  const lane = new AbortController();
  const processing = runFileProcessing('bench', lane.signal, 100);
  const uploadVideo = async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fs.readFileSync(video))], { type: 'video/mp4' }), 'camera.mp4');
    const res = new Response(form);
    const [file] = await uploadFiles({ userId: user.id, body: res.body, contentType: res.headers.get('content-type') });
    return file!.id;
  };
  const untilSettled = async (id: string) => {
    for (;;) {
      const f = await db.file.findUniqueOrThrow({ where: { id } });
      if (f.status !== 'processing') return f;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const readyTimes: number[] = [];
  const readyCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const id = await uploadVideo();
    const t = performance.now();
    const cpu = childCpu();
    const f = await untilSettled(id);
    if (f.status !== 'ready') throw new Error(`processing failed: ${f.error}`);
    readyTimes.push(performance.now() - t);
    readyCpu.push(childCpu() - cpu);
  }

  console.log(`upload → ready: ${readyTimes.map(secs).join(', ')}; ffmpeg CPU: ${readyCpu.map((c) => `${c.toFixed(2)} s`).join(', ')}`);
  if (process.env.BENCH_SKIP_RENDER) {
    lane.abort();
    await processing;
    await db.$disconnect();
    return;
  }

  // A running render, alone and with processing beside it (in the same process, as in a worker).
  const { openBrowser } = await import('@remotion/renderer');
  const { renderJob } = await import('../lib/render/render-job');
  const { requireBrowserExecutable } = await import('../lib/render/browser');
  const browserExecutable = requireBrowserExecutable();
  const browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
  const config = {
    meta: { version: '2.0.0', width: 1280, height: 720, fps: 30, background: '#1e3a8a' },
    tracks: [{ clips: [
      { type: 'rect', start: 0, duration: 8, transform: { width: 300, height: 300 }, style: { fill: '#facc15' }, animations: [{ type: 'rotate', duration: 8 }] },
      { type: 'text', text: 'benchmark', start: 0, duration: 8, transform: { y: '80%' }, style: { fill: '#fff', fontSize: 64 } },
    ] }],
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-bench-media-'));
  const { renderRunning } = await import('../lib/media/tool-gate');
  const render = async (name: string) => {
    const t = performance.now();
    const release = renderRunning(); // as the worker marks its jobs: processing yields while it renders
    try {
      await renderJob({ config, outputFile: path.join(tmp, `${name}.mp4`), browser, browserExecutable });
    } finally {
      release();
    }
    return performance.now() - t;
  };
  await render('warm-up');
  const alone: number[] = [];
  const beside: number[] = [];
  // Processing beside a running render, as in production: uploads arrive at the web server (another
  // process), the worker's lane processes them. So the backlog is uploaded first, while nothing renders,
  // and the render starts once the lane is busy with it; the backlog is big enough to outlast the render
  // (checked: the lane must still be processing when the render ends, else the figure would flatter us).
  const BACKLOG = 6;
  let outlasted = 0;
  for (let round = 0; round < 2; round++) {
    alone.push(await render(`alone-${round}`));
    const ids: string[] = [];
    for (let i = 0; i < BACKLOG; i++) ids.push(await uploadVideo());
    await new Promise((r) => setTimeout(r, 300)); // the lane has claimed the first job
    beside.push(await render(`beside-${round}`));
    const left = await db.file.count({ where: { id: { in: ids }, status: 'processing' } });
    if (left > 0) outlasted++;
    for (const id of ids) await untilSettled(id);
  }
  await browser.close({ silent: true });
  lane.abort();
  await processing;
  await db.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });

  const slowdown = median(beside) / median(alone) - 1;
  console.log(`\nmachine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`probe (60 s 1080p MP4), median of 9:        ${median(probes).toFixed(0)} ms   (target < 300 ms)`);
  console.log(`waveform of 10-minute MP3, median of 3:     ${secs(median(waveforms))}   (target < 3 s)`);
  console.log(`60 s 1080p H.264 upload → ready, median of 3: ${secs(median(readyTimes))}   (target ≤ 5 s; runs: ${readyTimes.map(secs).join(', ')}; ffmpeg CPU ${median(readyCpu).toFixed(2)} s)`);
  console.log(`render 8 s 720p alone: ${alone.map(secs).join(', ')}; beside processing: ${beside.map(secs).join(', ')}`);
  console.log(`running render's slowdown while processing:  ${(slowdown * 100).toFixed(1)} %   (target ≤ 10 %; processing outlasted the render in ${outlasted}/2 rounds)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
