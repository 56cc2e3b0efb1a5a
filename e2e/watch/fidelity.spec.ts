import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { needsWebGl } from '../../lib/composition/chromium-gl';
import { withMediaAt } from '../../lib/video/testing/with-media-at';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';

// What you preview is what you render, proven: for every config fixture, three of its frames (at 20 %, 50 % and
// 80 % of the video) are rendered by the renderer (e2e/fixtures/render-service.ts: prepareConfig, the built
// bundle, renderMedia to H.264) and grabbed from the Remotion Player in this Chromium (/preview/:tempId/frame: the
// Player alone at the canvas's size, no controls). Each pair must agree at SSIM ≥ 0.98 (ffmpeg's ssim filter on
// 4:2:0 pictures: the tolerance absorbs the H.264 encoding, not drawing differences).
//
// Both sides draw at SCALE: the renderer with renderMedia's `scale` (a device pixel ratio), the Player in a page
// with the same device pixel ratio, so both lay out at the canvas's size and rasterize at half of it. The
// comparison is about drawing, which a ratio changes for both alike; it keeps the spec inside `npm test`.
// The renderer renders only those three frames (one renderMedia call, three frame ranges, one MP4), in one process
// and one browser for all fixtures, a few fixtures ahead of the test that needs them; the Player frames are grabbed
// in one page while that render runs.

const CONFIGS = path.resolve('e2e/fixtures/configs');
const MEDIA = path.resolve('e2e/fixtures/media');
const MIN_SSIM = 0.98;
const SCALE = 0.5;
/** Three points in time: early, middle and late, inside animations rather than on their edges. */
const AT = [0.2, 0.5, 0.8];
/** Renders queued ahead of the test that needs them (the renderer works while the Player is grabbed). */
const RENDER_AHEAD = 2;
const BROWSER = process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium';
const FFMPEG = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
const fixtures = fs.readdirSync(CONFIGS).filter((n) => n.endsWith('.json')).sort();

// The Player's browser is chosen as the renderer chooses its own (lib/composition/chromium-gl.ts): software GL
// (SwiftShader behind ANGLE) only for a config that draws WebGL (`three` clips), else the plain browser of every
// other spec. It matters beyond speed: composited through SwiftShader, Chromium's <video> converts an untagged
// video's colours as BT.709 (pure blue as 26,35,255), where its plain software path and the renderer's frame
// extraction read it as BT.601 (0,0,255), as the encoder wrote it.
const GL_ARGS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];


/**
 * SSIM (all planes, 4:2:0) of each Player PNG against the same-numbered frame of the rendered MP4 (which holds just
 * the compared frames, in order), in one ffmpeg run: both sides renumbered 0, 1, 2… so the pairs line up.
 */
function ssimAgainstFrames(pngs: string[], video: string): number[] {
  const inputs = pngs.map((_, i) => `[${i}:v]`).join('');
  const graph = `${inputs}concat=n=${pngs.length}:v=1:a=0,settb=1,setpts=N,format=yuv420p[a];[${pngs.length}:v]settb=1,setpts=N,format=yuv420p[b];[a][b]ssim=stats_file=-`;
  const args = ['-v', 'error', ...pngs.flatMap((png) => ['-i', png]), '-i', video, '-lavfi', graph, '-f', 'null', '-'];
  const out = execFileSync(FFMPEG, args, { encoding: 'utf8' });
  const scores = [...out.matchAll(/All:([\d.]+)/g)].map((m) => Number(m[1]));
  if (scores.length !== pngs.length) throw new Error(`${scores.length} SSIM values for ${pngs.length} frames of ${video}: ${out}`);
  return scores;
}

/** Frame `i` of a video as a PNG (kept beside a failing pair for a look). */
function extractFrame(video: string, i: number, png: string) {
  execFileSync(FFMPEG, ['-v', 'error', '-y', '-i', video, '-vf', `select=eq(n\\,${i})`, '-frames:v', '1', png]);
}

let mediaServer: http.Server;
let mediaBase = '';
let account: Account;
let renderService: ChildProcessWithoutNullStreams;
const pending = new Map<number, (answer: RenderAnswer) => void>();
let nextJob = 1;

interface RenderAnswer {
  id: number;
  /** The video's length, the frames at AT, and an MP4 of just those frames. */
  frames?: number;
  points?: number[];
  video?: string;
  /** Milliseconds: prepare, select, render. */
  stages?: Record<string, number>;
  error?: string;
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-fidelity-'));
const renders = new Map<string, Promise<RenderAnswer>>();
let baseURL = '';
/** `media/<file>` types a browser needs (an SVG image decodes only as image/svg+xml). */
const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.json': 'application/json' };
/** The Player's pages: in the worker's plain browser, and in a browser with software GL (opened when first needed). */
const pages: { plain?: Page; gl?: Page } = {};
const contexts: BrowserContext[] = [];
let glBrowser: Browser | undefined;
let plainBrowser: Browser;

async function pageFor(config: unknown): Promise<Page> {
  const kind = needsWebGl(config) ? 'gl' : 'plain';
  if (!pages[kind]) {
    if (kind === 'gl') {
      glBrowser ??= await chromium.launch({ executablePath: BROWSER, args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...GL_ARGS] });
    }
    const context = await (kind === 'gl' ? glBrowser! : plainBrowser).newContext({ deviceScaleFactor: SCALE });
    contexts.push(context);
    pages[kind] = await context.newPage();
  }
  return pages[kind];
}

const configOf = (name: string) =>
  withMediaAt(JSON.parse(fs.readFileSync(path.join(CONFIGS, name), 'utf8')), mediaBase) as { meta: { width: number; height: number } };

/** Queues the renders of fixture `index` and the few after it (again after a failed test restarted the worker). */
function renderFrom(index: number): Promise<RenderAnswer> {
  for (const name of fixtures.slice(index, index + 1 + RENDER_AHEAD)) {
    if (renders.has(name)) continue;
    const id = nextJob++;
    renders.set(name, new Promise((resolve) => pending.set(id, resolve)));
    renderService.stdin.write(`${JSON.stringify({ id, config: configOf(name), outputPrefix: path.join(out, name), scale: SCALE, at: AT })}\n`);
  }
  return renders.get(fixtures[index]!)!;
}

test.beforeAll(async ({ browser }, testInfo) => {
  baseURL = String(testInfo.project.use.baseURL);
  mediaServer = http.createServer((req, res) => {
    const file = path.join(MEDIA, path.basename((req.url ?? '').split('?')[0]!));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    // The Player loads fonts with FontFace (CORS) and three.js models with fetch, from the app's origin.
    const type = TYPES[path.extname(file)];
    const headers = { 'access-control-allow-origin': '*', 'accept-ranges': 'bytes', ...(type ? { 'content-type': type } : {}) };
    const size = fs.statSync(file).size;
    // Byte ranges, as any file server answers them: Chromium seeks a <video> only within what it can ask for.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range || (!range[1] && !range[2])) {
      res.writeHead(200, { ...headers, 'content-length': size });
      return void fs.createReadStream(file).pipe(res);
    }
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end) return void res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
    res.writeHead(206, { ...headers, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${size}` });
    fs.createReadStream(file, { start, end }).pipe(res);
  });
  await new Promise<void>((r) => mediaServer.listen(0, '127.0.0.1', r));
  mediaBase = `http://127.0.0.1:${(mediaServer.address() as AddressInfo).port}`;
  account = createAccount({ credits: 100 });
  // It fetches the fixture media from this spec's loopback server, as the e2e server may (playwright.config.ts).
  renderService = spawn('node_modules/.bin/tsx', ['e2e/fixtures/render-service.ts'], {
    env: { ...process.env, ALLOW_PRIVATE_MEDIA: '1', BROWSER_EXECUTABLE: BROWSER },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  renderService.stderr.on('data', (d: Buffer) => process.stderr.write(`[render-service] ${d.toString()}`));
  let buffered = '';
  renderService.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const answer = JSON.parse(line) as RenderAnswer;
      pending.get(answer.id)?.(answer);
      pending.delete(answer.id);
    }
  });
  plainBrowser = browser;
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await glBrowser?.close();
  if (renderService && renderService.exitCode === null) {
    const exited = new Promise((r) => renderService.once('exit', r));
    renderService.stdin.end();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (renderService.exitCode === null) renderService.kill();
  }
  mediaServer?.closeAllConnections();
  await new Promise<void>((r) => (mediaServer ? mediaServer.close(() => r()) : r()));
});

/** Seeks the frame page's Player and waits until the frame has settled (media, fonts, scenes loaded). */
async function grab(page: Page, frame: number, file: string) {
  await page.evaluate((f) => (window.location.hash = `frame=${f}`), frame);
  const player = page.locator(`[data-testid="frame-player"][data-ready-frame="${frame}"]`);
  await expect(player).toBeVisible({ timeout: 30_000 });
  await player.screenshot({ path: file, animations: 'allow' });
}

// Every fixture, none excepted (docs/video-config.md, "Preview = render, proven", says what was once excepted and why).
fixtures.forEach((name, index) => {
  test(`${name}: Player frames match the rendered MP4 (SSIM ≥ ${MIN_SSIM}, scale ${SCALE})`, { tag: '@long' }, async ({ request }) => {
    test.setTimeout(90_000);
    const started = Date.now();
    const result = renderFrom(index);
    const config = configOf(name);
    const made = await request.post('/api/v1/preview', { headers: bearer(account.key), data: config });
    expect(made.status(), await made.text()).toBe(200);
    const { tempId } = (await made.json()) as { tempId: string };

    const page = await pageFor(config);
    await page.setViewportSize({ width: config.meta.width, height: config.meta.height });
    // The Player is grabbed while the renderer works; the frames compared are the renderer's (its composition's length).
    await page.goto(`${baseURL}/preview/${tempId}/frame#frame=0`);
    const loaded = Date.now();
    const frames = Number(await page.getByTestId('frame-player').getAttribute('data-duration-in-frames'));
    const points = [...new Set(AT.map((at) => Math.min(frames - 1, Math.round(frames * at))))];
    const shots = points.map((n) => path.join(out, `${name}.player-${n}.png`));
    for (const [i, n] of points.entries()) await grab(page, n, shots[i]!);
    const grabbed = Date.now();
    const answer = await result;
    expect(answer.error, `render of ${name}`).toBeUndefined();
    expect(answer.points, 'the Player and the renderer agree on the length').toEqual(points);
    const rendered = Date.now();
    const ssims = ssimAgainstFrames(shots, answer.video!);
    const scores = ssims.map((ssim, i) => `frame ${points[i]}: ${ssim.toFixed(4)}`).join(', ');
    console.log(`${name}: ${scores} (Player ${loaded - started} + ${grabbed - loaded} ms, then waited ${rendered - grabbed} ms for the render: ${JSON.stringify(answer.stages)})`);
    for (const [i, ssim] of ssims.entries()) {
      if (ssim < MIN_SSIM) extractFrame(answer.video!, i, path.join(out, `${name}.render-${points[i]}.png`));
      else fs.rmSync(shots[i]!);
    }
    expect(Math.min(...ssims), `${name} (${scores}; pictures in ${out})`).toBeGreaterThanOrEqual(MIN_SSIM);
    fs.rmSync(answer.video!, { force: true });
  });
});
