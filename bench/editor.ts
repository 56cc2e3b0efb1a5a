/**
 * Editor benchmark (not a test). Opens a video of 500 clips on 20 tracks — video clips with filmstrips
 * and waveforms, audio clips with waveforms, images, texts and shapes, all from real uploads that
 * ffmpeg makes — in a real Chromium against the built app, and prints:
 *  - navigation → first preview frame (target < 1.5 s on localhost);
 *  - frame times (requestAnimationFrame deltas in the page) while dragging a clip for 2 s, while
 *    marquee-selecting 100 clips (drag on empty timeline space from the top row down past the
 *    timeline's bottom edge: 5 clips on each of the 20 tracks, most of them scrolled out of view),
 *    and while scrubbing the playhead on the ruler for 2 s: p50 / p95 / max
 *    (target p95 < 16.7 ms each), plus long animation frames (> 50 ms) the browser reported.
 *
 *   npm run build && npx tsx bench/editor.ts        (BENCH_PORT, default 3225; data in .data-bench-editor)
 *   BENCH_KEYINT=10 …: the uploaded videos get a keyframe every 10 frames (default: one per file)
 *   BENCH_LAYERS=1 …: list each composited layer (reason, size, element) besides the count by reason
 *   BENCH_CSS='selector{…}' …: add a stylesheet before measuring (A/B a styling idea without a rebuild)
 *   BENCH_LOAF=scrub …: print each long animation frame of that gesture (render vs script time, who ran the scripts)
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 3225);
const postgresPort = port + 150; // its embedded PostgreSQL: not the default 54329 a running app may hold
const base = `http://localhost:${port}`;
const dataDir = '.data-bench-editor';
const out = path.join(root, 'bench/out');
const TRACKS = 20;
const PER_TRACK = 25;
const CLIP_SECONDS = 2;
const GAP_SECONDS = 0.5;

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

function cli(...args: string[]) {
  // As `npm run cli`: on the app's embedded PostgreSQL (same DATA_DIR and POSTGRES_PORT: the running server).
  return execFileSync(process.execPath, ['scripts/with-database.mjs', 'scripts/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, POSTGRES_PORT: String(postgresPort) },
    encoding: 'utf8',
  });
}

function makeMedia(name: string, args: string[]) {
  const file = path.join(out, name);
  if (!fs.existsSync(file)) execFileSync('/usr/bin/ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, file]);
  return file;
}

async function api<T>(pathname: string, key: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${base}${pathname}`, { ...init, headers: { authorization: `Bearer ${key}`, ...init.headers } });
  const body = (await res.json()) as T;
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

interface Uploaded {
  id: string;
  url: string;
  type: string;
  duration: number | null;
}

async function upload(key: string, file: string, type: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(file))], { type }), path.basename(file));
  const body = await api<{ assets: { id: string; url: string }[] }>('/api/v1/upload', key, { method: 'POST', body: form });
  const asset = body.assets[0]!;
  for (;;) {
    const { file: rec } = await api<{ file: Uploaded & { status: string; error: string | null } }>(`/api/v1/files/${asset.id}`, key);
    if (rec.status === 'ready') return rec;
    if (rec.status === 'failed') throw new Error(`processing ${file} failed: ${rec.error}`);
    await sleep(500);
  }
}

/** 20 tracks × 25 clips, 2 s each with 0.5 s gaps (empty timeline space for the marquee). */
function benchConfig(media: { videos: Uploaded[]; audio: Uploaded; image: Uploaded }) {
  const tracks = Array.from({ length: TRACKS }, (_, t) => ({
    clips: Array.from({ length: PER_TRACK }, (_, c) => {
      const start = c * (CLIP_SECONDS + GAP_SECONDS);
      const common = { start, duration: CLIP_SECONDS };
      switch (t % 5) {
        case 0:
        case 1: {
          const v = media.videos[(t + c) % media.videos.length]!;
          return { type: 'video', src: v.url, ...common, transform: { x: `${10 + (c % 8) * 10}%`, y: `${10 + (t % 4) * 20}%`, width: 160, height: 90 } };
        }
        case 2:
          return { type: 'audio', src: media.audio.url, ...common, volume: 0.1 };
        case 3:
          return { type: 'image', src: media.image.url, ...common, transform: { x: `${(c * 7) % 90 + 5}%`, y: '70%', width: 120, height: 68 } };
        default:
          return c % 2 === 0
            ? { type: 'text', text: `Clip ${t}.${c}`, ...common, style: { fill: '#ffffff', fontSize: 28 }, transform: { x: '50%', y: `${(c * 11) % 80 + 10}%` } }
            : { type: 'rect', ...common, transform: { x: `${(c * 13) % 90 + 5}%`, y: '20%', width: 80, height: 40 }, style: { fill: '#f43f5e' } };
      }
    }),
  }));
  return { meta: { version: '2.0.0', width: 1280, height: 720, fps: 30, background: '#0f172a' }, tracks };
}

/**
 * The page's composited layers (Chromium's LayerTree domain), by what made them: many layers make every
 * frame's layerization and commit dearer on a software-raster machine.
 */
async function compositedLayers(page: Page): Promise<{ total: number; drawsContent: number; byReason: string }> {
  const cdp = await page.context().newCDPSession(page);
  const tree = new Promise<{ layerId: string; drawsContent: boolean }[]>((resolve) => {
    cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: { layerId: string; drawsContent: boolean }[] }) => {
      if (event.layers) resolve(event.layers);
    });
  });
  await cdp.send('LayerTree.enable');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const layers = await Promise.race([tree, sleep(5000).then(() => [] as { layerId: string; drawsContent: boolean }[])]);
  const reasons = new Map<string, number>();
  for (const layer of layers.filter((l) => l.drawsContent).slice(0, 400)) {
    const { compositingReasons } = (await cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId }).catch(() => ({ compositingReasons: ['?'] }))) as {
      compositingReasons?: string[];
    };
    const key = (compositingReasons ?? []).join('+') || '(none)';
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    if (process.env.BENCH_LAYERS) {
      const l = layer as unknown as { backendNodeId?: number; offsetX: number; offsetY: number; width: number; height: number };
      const node = l.backendNodeId
        ? ((await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId }).catch(() => null)) as { node?: { nodeName: string; attributes?: string[] } } | null)
        : null;
      console.log('layer', key.slice(0, 40), `${l.offsetX},${l.offsetY} ${l.width}x${l.height}`, node?.node?.nodeName, (node?.node?.attributes ?? []).join(' ').slice(0, 160));
    }
  }
  await cdp.send('LayerTree.disable');
  await cdp.detach();
  const byReason = [...reasons].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
  return { total: layers.length, drawsContent: layers.filter((l) => l.drawsContent).length, byReason };
}

/** Runs `gesture` while the page records requestAnimationFrame deltas and long animation frames. */
async function frameTimes(page: Page, gesture: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { deltas: number[]; loaf: number[]; loafDetail: string[]; on: boolean; observer?: PerformanceObserver } };
    // Each gesture gets its own record and observer (a previous gesture's observer would count this one's frames again).
    const bench: typeof w.__bench = { deltas: [], loaf: [], loafDetail: [], on: true };
    w.__bench = bench;
    let last = 0;
    const tick = (t: number) => {
      if (!bench.on) return;
      if (last) bench.deltas.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      bench.observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (!bench.on) continue;
          bench.loaf.push(e.duration);
          // Where a long frame's time went: script (by who ran it), then style/layout, then paint/commit.
          const f = e as PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; sourceFunctionName: string; sourceURL: string }[] };
          const scripts = f.scripts.map((s) => `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${s.duration.toFixed(0)}`).join(' | ');
          const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
          const layout = f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0;
          bench.loafDetail.push(`${f.duration.toFixed(0)} ms: render ${render.toFixed(0)} (style+layout+paint ${layout.toFixed(0)}); scripts ${scripts}`);
        }
      });
      bench.observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      // not supported: rAF deltas only
    }
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __bench: { deltas: number[]; loaf: number[]; loafDetail: string[]; on: boolean; observer?: PerformanceObserver } };
    w.__bench.on = false;
    w.__bench.observer?.disconnect();
    return { deltas: w.__bench.deltas, loaf: w.__bench.loaf, loafDetail: w.__bench.loafDetail };
  });
}

/** Moves the mouse from a to b over `durationMs`, one step per ~16 ms. */
/** Presses at `from`, moves to `to` over `durationMs`, holds still there `holdMs` (edge auto-scroll runs), releases. */
async function dragOver(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, durationMs: number, holdMs = 0) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const t0 = Date.now();
  for (;;) {
    const k = Math.min(1, (Date.now() - t0) / durationMs);
    await page.mouse.move(from.x + (to.x - from.x) * k, from.y + (to.y - from.y) * k);
    if (k >= 1) break;
    await sleep(16);
  }
  if (holdMs > 0) await sleep(holdMs);
  await page.mouse.up();
}

/**
 * Runs one gesture, traced when BENCH_TRACE names it (see traced), else profiled when BENCH_PROFILE does
 * (drag|marquee|scrub; 1 = drag): a CPU profile of the page during the gesture, kept as
 * bench/out/profile-<gesture>.cpuprofile, its heaviest functions by self time printed (where the time goes).
 */
async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  if (process.env.BENCH_TRACE?.split(',').includes(name)) return traced(page, name, run);
  const wanted = process.env.BENCH_PROFILE === '1' ? 'drag' : process.env.BENCH_PROFILE;
  if (wanted !== name) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(path.join(out, `profile-${name}.cpuprofile`), JSON.stringify(profile)); // for DevTools' Performance panel
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log(`${name} profile, self time:`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${t.toFixed(0).padStart(6)} ms  ${key}`);
  return result;
}

/**
 * BENCH_TRACE=drag,marquee,scrub (any of them): a Chromium trace of each gesture (kept as bench/out/trace-<gesture>.json, for
 * chrome://tracing or Perfetto), the renderer main thread's time summed by
 * event name (style, layout, paint, script, media…), for the native work a CPU profile shows only as "(program)".
 */
async function traced<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'media'] });
  const result = await run();
  const raw = await browser.stopTracing();
  fs.writeFileSync(path.join(out, `trace-${name}.json`), raw);
  const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] };
  const threadNames = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const total = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? '?';
    if (thread !== 'CrRendererMain' && thread !== 'Compositor' && !thread.startsWith('Media')) continue;
    const key = `${thread} ${e.name}`;
    total.set(key, (total.get(key) ?? 0) + e.dur / 1000);
  }
  console.log('trace, time by thread and event (nested events counted in each):');
  for (const [key, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${t.toFixed(0).padStart(6)} ms  ${key}`);
  return result;
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  console.log('making the media (cached in bench/out)…');
  // BENCH_KEYINT: the uploads' keyframe interval in frames (default: x264's 250, i.e. one keyframe per 6 s file).
  const keyint = process.env.BENCH_KEYINT ? ['-g', process.env.BENCH_KEYINT] : [];
  const videos = [0, 1, 2, 3].map((i) =>
    makeMedia(`editor-bench-${i}${keyint.length ? `-g${keyint[1]}` : ''}.mp4`, ['-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=30`, '-f', 'lavfi', '-i', `sine=frequency=${220 + i * 110}:sample_rate=48000`,
      '-t', '6', '-c:v', 'libx264', '-preset', 'veryfast', ...keyint, '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']),
  );
  const audio = makeMedia('editor-bench.wav', ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '8']);
  const image = makeMedia('editor-bench.png', ['-f', 'lavfi', '-i', 'testsrc2=size=640x360', '-frames:v', '1']);

  console.log(`starting the app on ${base} (fresh ${dataDir})…`);
  const server = spawn('node', ['scripts/start.mjs', '--fresh'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, POSTGRES_PORT: String(postgresPort), APP_URL: base, RENDER_WORKERS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    for (let i = 0; ; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      if (i > 240) throw new Error('the app did not start');
      await sleep(500);
    }
    const email = `bench-${randomBytes(4).toString('hex')}@example.test`;
    const password = 'bench-password-1';
    cli('user', 'create', '--email', email, '--password', password);
    cli('user', 'plan', '--email', email, '--plan', 'pro');
    const key = cli('key', 'create', '--email', email).trim().split('\n').at(-1)!;

    console.log('uploading and processing the media…');
    const uploaded = {
      videos: await Promise.all(videos.map((v) => upload(key, v, 'video/mp4'))),
      audio: await upload(key, audio, 'audio/wav'),
      image: await upload(key, image, 'image/png'),
    };
    const task = await api<{ taskId: string }>('/api/v1/video', key, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ config: benchConfig(uploaded), title: 'Bench: 500 clips' }),
    });

    const browser = await chromium.launch({ executablePath: process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it there too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard$/);

    // Navigation → first preview frame: the Player shows frame 0 with its video clips decoded.
    const firstFrames: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(`${base}/editor/${task.taskId}`, { waitUntil: 'commit' });
      const at = await page.waitForFunction(
        () => {
          const preview = document.querySelector('[data-testid="preview"]');
          const videos = preview ? [...preview.querySelectorAll('video')] : [];
          const images = preview ? [...preview.querySelectorAll('img')] : [];
          const texts = preview?.textContent?.includes('Clip 4.0') ?? false;
          const isDrawn = videos.length > 0 && videos.every((v) => v.readyState >= 2) && images.every((i) => i.complete) && texts;
          return isDrawn ? performance.now() : null;
        },
        null,
        { polling: 'raf', timeout: 60_000 },
      ).catch(async (error: unknown) => {
        const seen = await page.evaluate(() => {
          const preview = document.querySelector('[data-testid="preview"]');
          return { hasPreview: !!preview, videos: [...(preview?.querySelectorAll('video') ?? [])].map((v) => v.readyState), text: preview?.textContent?.slice(0, 200) };
        });
        throw new Error(`no first frame: ${JSON.stringify(seen)}`, { cause: error });
      });
      firstFrames.push((await at.jsonValue()) as number);
    }
    await page.getByTestId('timeline-clip').first().waitFor();
    await page.locator('[data-testid="clip-waveform"][data-ready="true"]').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    await page.locator('[data-testid="clip-filmstrip"]').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    const clipCount = await page.getByTestId('timeline-clip').count();
    await sleep(1000);

    if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
    const layers = await compositedLayers(page);
    // The baseline: 2 s with no input (what the machine gives a page that does nothing).
    const idle = await frameTimes(page, async () => {
      await sleep(2000);
    });

    // Drag a clip (one in view) along its track for 2 s.
    const clip = page.getByTestId('timeline-clip').nth(2);
    const box = (await clip.boundingBox())!;
    const drag = await profiled(page, 'drag', () =>
      frameTimes(page, () =>
        dragOver(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: box.x + box.width / 2 + 300, y: box.y + box.height / 2 }, 2000),
      ),
    );
    await page.keyboard.press('Control+z');

    // Marquee: from empty space (the gap after the first clip of the top visible track) down and across ~5 clips × 20 tracks.
    const lanes = page.getByTestId('timeline-track');
    const firstLane = (await lanes.first().boundingBox())!;
    const firstClip = (await page.getByTestId('timeline-clip').first().boundingBox())!;
    const pxPerSecond = firstClip.width / CLIP_SECONDS;
    const gapX = firstClip.x + firstClip.width + (GAP_SECONDS * pxPerSecond) / 2;
    const scroller = page.getByTestId('timeline');
    const timelineBox = (await scroller.boundingBox())!;
    // Past the timeline's bottom edge it scrolls on by itself (held 1 s there) until the box reaches track 0.
    const marquee = await profiled(page, 'marquee', () =>
      frameTimes(page, () =>
        dragOver(page, { x: gapX, y: firstLane.y + 4 }, { x: gapX + 5 * (CLIP_SECONDS + GAP_SECONDS) * pxPerSecond, y: timelineBox.y + timelineBox.height + 80 }, 2000, 1000),
      ),
    );
    // The timeline says how many clips are selected (a virtualized timeline does not mount them all).
    const selected = Number(
      (await scroller.getAttribute('data-selected-count')) ?? (await page.locator('[data-testid="timeline-clip"][data-selected="true"]').count()),
    );
    const hasMarquee = selected > 1;
    // The box spans 5 clips on each of the 20 tracks: anything else means the marquee (or its auto-scroll) fell short.
    if (selected !== 5 * TRACKS) console.warn(`marquee: ${selected} clips selected, expected ${5 * TRACKS}`);
    await page.keyboard.press('Escape');

    // Scrub the playhead on the ruler for 2 s.
    const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
    // How closely the picture follows: the frames in which the preview's DOM changed or one of its videos finished a seek.
    await page.evaluate(() => {
      const preview = document.querySelector('[data-testid="preview"]')!;
      const seen = { frames: 0, seeked: 0, dirty: false };
      (window as unknown as { __follow: typeof seen }).__follow = seen;
      const mark = () => {
        if (seen.dirty) return;
        seen.dirty = true;
        requestAnimationFrame(() => {
          seen.dirty = false;
          seen.frames++;
        });
      };
      new MutationObserver(mark).observe(preview, { subtree: true, childList: true, attributes: true, characterData: true });
      preview.addEventListener('seeked', () => { seen.seeked++; mark(); }, true);
    });
    const scrub = await profiled(page, 'scrub', () =>
      frameTimes(page, () =>
        dragOver(page, { x: ruler.x + 20, y: ruler.y + ruler.height / 2 }, { x: Math.min(ruler.x + ruler.width, timelineBox.x + timelineBox.width) - 20, y: ruler.y + ruler.height / 2 }, 2000),
      ),
    );
    const follow = await page.evaluate(() => (window as unknown as { __follow: { frames: number; seeked: number } }).__follow);
    const scrubbedTo = Number(await page.getByTestId('playhead').getAttribute('data-frame'));
    await browser.close();

    const row = (name: string, r: { deltas: number[]; loaf: number[] } | null) =>
      r
        ? `${name.padEnd(28)} p50 ${ms(pct(r.deltas, 50)).padStart(9)}  p95 ${ms(pct(r.deltas, 95)).padStart(9)}  max ${ms(Math.max(...r.deltas)).padStart(9)}  ` +
          `frames ${String(r.deltas.length).padStart(4)}  long frames ${r.loaf.length} (max ${ms(r.loaf.length ? Math.max(...r.loaf) : 0)})`
        : `${name.padEnd(28)} n/a (no marquee on the timeline yet)`;
    console.log(`\nmachine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()})`);
    console.log(`document: ${TRACKS} tracks × ${PER_TRACK} clips = ${TRACKS * PER_TRACK} clips; timeline draws ${clipCount} clip elements`);
    console.log(`navigation → first preview frame: ${firstFrames.map((v) => ms(v)).join(', ')} (median ${ms(pct(firstFrames, 50))}; target < 1500 ms)`);
    console.log(`composited layers: ${layers.total} (${layers.drawsContent} drawing; by reason: ${layers.byReason})`);
    console.log(row('idle, no input (baseline)', idle));
    console.log(row('drag a clip (2 s)', drag));
    console.log(row(`marquee (${selected} selected)`, hasMarquee ? marquee : null));
    console.log(row('scrub the playhead (2 s)', scrub));
    console.log(`  scrub: the preview changed in ${follow.frames} of ${scrub.deltas.length} frames (${follow.seeked} video seeks done); playhead ended at frame ${scrubbedTo}`);
    for (const [name, r] of [['drag', drag], ['marquee', marquee], ['scrub', scrub]] as const) {
      if (process.env.BENCH_LOAF?.split(',').includes(name)) for (const line of r.loafDetail) console.log(`  ${name} long frame ${line}`);
    }
    console.log('target: p95 < 16.7 ms each');
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
