/**
 * Frame-plan check over every config fixture (a verification script, not a test: it renders each
 * fixture twice). For each fixture: the plan, and — where the plan holds frames — a bare renderMedia
 * render and a held render at the same scale, compared frame by frame (SSIM) and by audio level.
 *
 *   npm run build && npx tsx bench/frame-plan-fixtures.ts [--scale 0.25] [--only name]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openBrowser, renderMedia, selectComposition } from '@remotion/renderer';
import { CUTROOM_COMPOSITION_ID } from '../lib/composition/composition-id';
import { FIXTURE_MEDIA_DIR } from '../lib/composition/testing/still-renderer';
import { renderHeld, shouldHold } from '../lib/render/held-render';
import { BUNDLE_DIR } from '../lib/render/paths';
import { compareVideos } from '../lib/render/testing/compare-videos';
import { planFrames, resolveRemoteSubtitles, validateVideoConfig, type VideoConfig } from '../lib/video';

const CONFIGS = path.resolve('e2e/fixtures/configs');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** `media/<file>` srcs point at the loopback server that serves the fixture media. */
function withMediaAt(value: unknown, base: string): unknown {
  if (typeof value === 'string') return value.startsWith('media/') ? `${base}/${value.slice('media/'.length)}` : value;
  if (Array.isArray(value)) return value.map((v) => withMediaAt(v, base));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMediaAt(v, base)]));
  return value;
}

async function main() {
  const scale = Number(option('scale') ?? 0.25);
  const only = option('only');
  const browserExecutable = process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium';
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-fixtures-'));
  const server = http.createServer((req, res) => {
    const file = path.join(FIXTURE_MEDIA_DIR, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
  const fetchJson = async (url: string) => (await fetch(url)).json();

  let failures = 0;
  let totalFrames = 0;
  let totalCaptured = 0;
  for (const name of fs.readdirSync(CONFIGS).filter((n) => n.endsWith('.json') && (!only || n.includes(only))).sort()) {
    const parsed = validateVideoConfig(withMediaAt(JSON.parse(fs.readFileSync(path.join(CONFIGS, name), 'utf8')), base));
    if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
    const resolved = await resolveRemoteSubtitles(parsed.config, fetchJson as never);
    const config: VideoConfig = resolved.success ? resolved.config : parsed.config;
    const plan = planFrames(config);
    totalFrames += plan.durationInFrames;
    totalCaptured += shouldHold(plan) ? plan.runs.length : plan.durationInFrames;
    const line = `${name.padEnd(34)} ${String(plan.runs.length).padStart(4)} of ${String(plan.durationInFrames).padStart(4)} frames captured`;
    if (!shouldHold(plan)) {
      console.log(`${line}  (plain renderMedia)`);
      continue;
    }
    const inputProps = { config };
    const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
    const bareFile = path.join(out, `${name}.bare.mp4`);
    const heldFile = path.join(out, `${name}.held.mp4`);
    await renderMedia({ composition, serveUrl: BUNDLE_DIR, codec: 'h264', audioCodec: 'aac', enforceAudioTrack: true, scale, outputLocation: bareFile, inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
    const held = await renderHeld({ config, composition, plan, serveUrl: BUNDLE_DIR, browser, browserExecutable, outputFile: heldFile, scale });
    await held.cleanup();
    const c = compareVideos(bareFile, heldFile);
    const ok = c.framesA === c.framesB && c.minSsim >= 0.99 && Math.abs(c.audioDurationA - c.audioDurationB) < 0.03 && c.maxRmsDiffDb < 0.5;
    if (!ok) failures++;
    console.log(
      `${line}  frames ${c.framesA}/${c.framesB}  SSIM min ${c.minSsim.toFixed(4)}  audio ${c.audioDurationA.toFixed(3)}/${c.audioDurationB.toFixed(3)} s, ΔRMS ≤ ${c.maxRmsDiffDb.toFixed(2)} dB  ${ok ? 'ok' : 'DIFFERENT'}`,
    );
  }
  await browser.close({ silent: true });
  server.close();
  fs.rmSync(out, { recursive: true, force: true });
  console.log(`\n${totalCaptured} of ${totalFrames} frames captured over all fixtures (${((totalCaptured / totalFrames) * 100).toFixed(1)} %); ${failures} different`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
