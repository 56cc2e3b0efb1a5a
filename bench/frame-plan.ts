/**
 * Frame-plan benchmark (not a test): a 30 s 1920×1080 promo (six texts with entry and exit animations,
 * three images, a gradient background, a music bed) rendered side by side in one run by a bare
 * renderMedia call (Remotion's defaults), by Cutroom's render job with the frame plan (capture only the
 * frames the plan says are new, sound mixed from the config) and with FRAME_PLAN=off, plus ffmpeg's
 * encode-only rate for the same frames. Prints seconds, fps, ratios, the held render's stage times and
 * the SSIM of bare and held (min over frames).
 *
 *   npm run build && npx tsx bench/frame-plan.ts [--seconds 30] [--scale 1] [--no-off]
 *
 * --no-off skips the FRAME_PLAN=off pass (as slow as bare: for a short run on a loaded machine).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promoConfig } from './lib/promo';
import { servePromoMedia } from './lib/promo-media';
import { compareVideos } from '../lib/render/testing/compare-videos';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

async function main() {
  const seconds = arg('seconds', 30);
  const scale = arg('scale', 1);
  const width = Math.round((1920 * scale) / 2) * 2;
  const height = Math.round((1080 * scale) / 2) * 2;
  const out = path.resolve('bench/out/frame-plan');
  fs.mkdirSync(out, { recursive: true });
  process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-bench-'));
  process.env.ALLOW_PRIVATE_MEDIA = '1'; // the media is served from loopback

  const { openBrowser, renderMedia, selectComposition } = await import('@remotion/renderer');
  const { BUNDLE_DIR } = await import('../lib/render/paths');
  const { requireBrowserExecutable } = await import('../lib/render/browser');
  const { planFrames, planSound, validateVideoConfig } = await import('../lib/video');
  const { encodePlan } = await import('../lib/render/held-render');
  const { renderJob } = await import('../lib/render/render-job');
  const { CUTROOM_COMPOSITION_ID } = await import('../lib/composition/composition-id');
  const browserExecutable = requireBrowserExecutable();
  const ffmpeg = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';

  // Media made here and served on loopback (the renderer fetches URLs, as in production).
  const server = await servePromoMedia(out, seconds);
  const base = server.base;
  const parsed = validateVideoConfig(promoConfig(base, seconds, width, height));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  const config = parsed.config;
  const inputProps = { config };
  const browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
  const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
  const frames = composition.durationInFrames;
  const plan = planFrames(config);
  const loadAtStart = os.loadavg()[0] ?? NaN;

  // 1. Bare renderMedia with Remotion's defaults (the reference).
  const t0 = performance.now();
  await renderMedia({ composition, serveUrl: BUNDLE_DIR, codec: 'h264', audioCodec: 'aac', enforceAudioTrack: true, outputLocation: path.join(out, 'bare.mp4'), inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
  const bareMs = performance.now() - t0;

  // 2. Cutroom's render job as the worker runs it (prepare, select, held render, poster), then 3. with FRAME_PLAN=off.
  const job = async (file: string, framePlan: 'on' | 'off') => {
    process.env.FRAME_PLAN = framePlan;
    const started = performance.now();
    const result = await renderJob({ config: promoConfig(base, seconds, width, height), outputFile: path.join(out, file), browser, browserExecutable });
    return { ms: performance.now() - started, stages: result.stages, captured: result.captured };
  };
  const held = await job('held.mp4', 'on');
  const off = process.argv.includes('--no-off') ? null : await job('off.mp4', 'off');
  delete process.env.FRAME_PLAN;

  // 4. Encode only: the same pictures (taken from the held output at each run's start) through the same
  // encoder, with no capture — the bound a capture-free pipeline could reach.
  const encodeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-encode-'));
  execFileSync(ffmpeg, ['-v', 'error', '-i', path.join(out, 'held.mp4'), '-q:v', '3', path.join(encodeDir, '%05d.jpeg')]);
  const pictures = new Map(plan.runs.map((run) => [run.from, fs.readFileSync(path.join(encodeDir, `${String(run.from + 1).padStart(5, '0')}.jpeg`))]));
  const t2 = performance.now();
  await encodePlan({ plan, pictureOf: async (frame) => pictures.get(frame) as Buffer, fps: 30, width, height, dir: encodeDir, outputFile: path.join(encodeDir, 'encode.mp4') });
  const encodeMs = performance.now() - t2;
  fs.rmSync(encodeDir, { recursive: true, force: true });
  await browser.close({ silent: true });
  server.close();

  const similarity = compareVideos(path.join(out, 'bare.mp4'), path.join(out, 'held.mp4'));
  const fps = (ms: number) => frames / (ms / 1000);
  const row = (label: string, ms: number, note: string) => console.log(`${label.padEnd(28)}${(ms / 1000).toFixed(1).padStart(7)} s ${fps(ms).toFixed(1).padStart(6)} fps  ${note}`);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const sound = planSound(config, frames);
  console.log(`\n${frames} frames, ${width}×${height} @ 30 fps, ${os.cpus().length} cores, load ${loadAtStart.toFixed(2)} at the start, ${load} at the end`);
  console.log(`plan: ${plan.runs.length} captures of ${frames} frames (${((plan.runs.length / frames) * 100).toFixed(1)} %); sound: ${sound.exact ? `mixed from the plan (${sound.sources.length} source)` : `Remotion's pass (${sound.reason})`}\n`);
  row('bare renderMedia', bareMs, '1.00×');
  row('Cutroom held (renderJob)', held.ms, `${(bareMs / held.ms).toFixed(2)}×  (${seconds / (held.ms / 1000) >= 1 ? 'faster than' : 'slower than'} real time)`);
  if (off) row('Cutroom FRAME_PLAN=off', off.ms, `${(bareMs / off.ms).toFixed(2)}×`);
  row('encode only (ffmpeg)', encodeMs, '(the bound without capture)');
  console.log(`held stages (ms): ${Object.entries(held.stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}; capture ${((held.stages.capture ?? NaN) / held.captured).toFixed(0)} ms per captured frame`);
  if (off) console.log(`off stages (ms): ${Object.entries(off.stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  console.log(`frames: bare ${similarity.framesA}, held ${similarity.framesB}; SSIM min ${similarity.minSsim.toFixed(4)}, mean ${similarity.meanSsim.toFixed(4)}`);
  console.log(`audio: RMS per 100 ms window, max difference ${similarity.maxRmsDiffDb.toFixed(2)} dB; durations ${similarity.audioDurationA.toFixed(3)} s / ${similarity.audioDurationB.toFixed(3)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
