/**
 * Frame-plan benchmark (not a test): a 30 s 1920×1080 promo (six texts with entry and exit animations,
 * three images, a gradient background, a music bed) rendered side by side by a bare renderMedia call
 * (Remotion's defaults) and by Cutroom's held render (capture only the frames the plan says are new),
 * plus ffmpeg's encode-only rate for the same frames. Prints seconds, fps, ratios, stage times and the
 * SSIM of the two outputs (min over frames).
 *
 *   npm run build && npx tsx bench/frame-plan.ts [--seconds 30] [--scale 1]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sineWav } from './lib/media';
import { compareVideos } from '../lib/render/testing/compare-videos';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

/** The promo: six texts (entry + exit animations), three images (fade in/out), gradient, music. */
export function promoConfig(base: string, seconds: number, width = 1920, height = 1080) {
  const slot = seconds / 6;
  const entries = ['fadeIn', 'slideIn', 'zoomIn', 'fadeIn', 'slideIn', 'zoomIn'] as const;
  const exits = ['fadeOut', 'slideOut', 'zoomOut', 'fadeOut', 'slideOut', 'zoomOut'] as const;
  const texts = entries.map((entry, i) => ({
    type: 'text',
    text: ['Meet Cutroom', 'Edit in the browser', 'Render real MP4s', 'Your own media', 'Open source', 'Try it today'][i],
    start: i * slot,
    duration: slot,
    transform: { x: '50%', y: '78%', anchor: 'center' },
    style: { fill: '#ffffff', fontSize: Math.round(height / 12), fontWeight: 700 },
    animations: [
      { type: entry, duration: 0.6, easing: 'easeOutCubic' },
      { type: exits[i], duration: 0.5, delay: slot - 0.5, easing: 'easeInCubic' },
    ],
  }));
  const images = [0, 1, 2].map((i) => ({
    type: 'image',
    src: `${base}/image-${i}.png`,
    start: i * (seconds / 3),
    duration: seconds / 3,
    transform: { x: '50%', y: '38%', anchor: 'center', width: Math.round(width * 0.45), height: Math.round(height * 0.45) },
    animations: [
      { type: 'fadeIn', duration: 0.5 },
      { type: 'fadeOut', duration: 0.5, delay: seconds / 3 - 0.5 },
    ],
  }));
  return {
    meta: {
      version: '2.0.0',
      width,
      height,
      fps: 30,
      background: { type: 'linear', angle: 135, stops: [{ color: '#1e3a8a', offset: 0 }, { color: '#9d174d', offset: 1 }] },
    },
    tracks: [{ clips: images }, { clips: texts }, { clips: [{ type: 'audio', src: `${base}/music.wav`, start: 0, duration: seconds, volume: 0.6, fadeIn: 1, fadeOut: 2 }] }],
  };
}

async function main() {
  const seconds = arg('seconds', 30);
  const scale = arg('scale', 1);
  const width = Math.round((1920 * scale) / 2) * 2;
  const height = Math.round((1080 * scale) / 2) * 2;
  const out = path.resolve('bench/out/frame-plan');
  fs.mkdirSync(out, { recursive: true });
  process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-bench-'));

  const { openBrowser, renderMedia, selectComposition } = await import('@remotion/renderer');
  const { BUNDLE_DIR } = await import('../lib/render/paths');
  const { requireBrowserExecutable } = await import('../lib/render/browser');
  const { planFrames, validateVideoConfig } = await import('../lib/video');
  const { encodePlan, renderHeld } = await import('../lib/render/held-render');
  const { CUTROOM_COMPOSITION_ID } = await import('../lib/composition/composition-id');
  const browserExecutable = requireBrowserExecutable();
  const ffmpeg = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';

  // Media made here and served on loopback (the renderer fetches URLs, as in production).
  for (const [i, colour] of ['0xf59e0b', '0x10b981', '0x6366f1'].entries()) {
    const file = path.join(out, `image-${i}.png`);
    if (!fs.existsSync(file)) execFileSync(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', `testsrc2=s=864x486:d=1,drawbox=w=200:h=200:color=${colour}:t=fill`, '-frames:v', '1', '-y', file]);
  }
  fs.writeFileSync(path.join(out, 'music.wav'), sineWav(330, seconds));
  const server = http.createServer((req, res) => {
    const file = path.join(out, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.png') ? 'image/png' : 'audio/wav', 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const parsed = validateVideoConfig(promoConfig(base, seconds, width, height));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  const config = parsed.config;
  const inputProps = { config };
  const browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
  const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
  const frames = composition.durationInFrames;

  const t0 = performance.now();
  await renderMedia({ composition, serveUrl: BUNDLE_DIR, codec: 'h264', outputLocation: path.join(out, 'bare.mp4'), inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
  const bareMs = performance.now() - t0;

  const stages: Record<string, number> = {};
  const t1 = performance.now();
  const plan = planFrames(config);
  stages.plan = performance.now() - t1;
  const held = await renderHeld({
    config, composition, plan, serveUrl: BUNDLE_DIR, browser, browserExecutable, outputFile: path.join(out, 'held.mp4'),
    onStage: (stage, ms) => (stages[stage] = ms),
  });
  const heldMs = performance.now() - t1;
  await held.cleanup();
  console.log(`bare ${(bareMs / 1000).toFixed(1)} s, held ${(heldMs / 1000).toFixed(1)} s (${(bareMs / heldMs).toFixed(2)}×), load ${os.loadavg()[0]?.toFixed(2)}`);

  // Encode only: the same pictures (taken from the held output at each run's start) through the same
  // encoder, with no capture — the bound a capture-free pipeline could reach.
  const encodeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-encode-'));
  execFileSync(ffmpeg, ['-v', 'error', '-i', path.join(out, 'held.mp4'), '-q:v', '3', path.join(encodeDir, '%05d.jpeg')]);
  const pictures = new Map(plan.runs.map((run) => [run.from, fs.readFileSync(path.join(encodeDir, `${String(run.from + 1).padStart(5, '0')}.jpeg`))]));
  const t2 = performance.now();
  await encodePlan({ plan, pictureOf: async (frame) => pictures.get(frame) as Buffer, fps: 30, width, height, dir: encodeDir, outputFile: path.join(encodeDir, 'encode.mp4') });
  stages['encode only'] = performance.now() - t2;
  fs.rmSync(encodeDir, { recursive: true, force: true });
  await browser.close({ silent: true });
  server.close();

  const similarity = compareVideos(path.join(out, 'bare.mp4'), path.join(out, 'held.mp4'));
  const fps = (ms: number) => frames / (ms / 1000);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`\n${frames} frames, ${width}×${height} @ 30 fps, ${os.cpus().length} cores, load ${load}`);
  console.log(`plan: ${plan.runs.length} captures of ${frames} frames (${((plan.runs.length / frames) * 100).toFixed(1)} %)\n`);
  console.log(`bare renderMedia      ${(bareMs / 1000).toFixed(1).padStart(7)} s  ${fps(bareMs).toFixed(1).padStart(6)} fps  1.00×`);
  console.log(`held render (1 tab)   ${(heldMs / 1000).toFixed(1).padStart(7)} s  ${fps(heldMs).toFixed(1).padStart(6)} fps  ${(bareMs / heldMs).toFixed(2)}×`);
  const encodeMs = stages['encode only'] ?? NaN;
  console.log(`encode only (ffmpeg)  ${(encodeMs / 1000).toFixed(1).padStart(7)} s  ${fps(encodeMs).toFixed(1).padStart(6)} fps  (the bound without capture)`);
  console.log(`stages (ms): ${Object.entries(stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  console.log(`frames: bare ${similarity.framesA}, held ${similarity.framesB}; SSIM min ${similarity.minSsim.toFixed(4)}, mean ${similarity.meanSsim.toFixed(4)}`);
  console.log(`audio: RMS per 100 ms window, max difference ${similarity.maxRmsDiffDb.toFixed(2)} dB; durations ${similarity.audioDurationA.toFixed(3)} s / ${similarity.audioDurationB.toFixed(3)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
