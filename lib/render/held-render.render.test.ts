import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openBrowser, renderMedia, selectComposition } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUTROOM_COMPOSITION_ID } from '../composition/composition-id';
import { FIXTURE_MEDIA_DIR } from '../composition/testing/still-renderer';
import { planFrames, resolveRemoteSubtitles, validateVideoConfig, type Clip, type FramePlan, type VideoConfig } from '../video';
import { renderHeld, shouldHold } from './held-render';
import { BUNDLE_DIR } from './paths';
import { renderJob } from './render-job';
import { compareVideos } from './testing/compare-videos';
import { cutroomComposition } from '../composition/cutroom-composition';
import { loadFixtures } from '../video/testing/load-fixtures';
import { withMediaAt } from '../video/testing/with-media-at';

// Needs `npm run build` (the composition bundle). One browser for the file; 160×90 keeps renders short.
process.env.ALLOW_PRIVATE_MEDIA = '1'; // the media is served from loopback
const BROWSER = process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium';
let browser: Awaited<ReturnType<typeof openBrowser>>;
let server: http.Server;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-held-test-'));
  server = http.createServer((req, res) => {
    const file = path.join(FIXTURE_MEDIA_DIR, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await openBrowser('chrome', { browserExecutable: BROWSER, logLevel: 'error' });
}, 60_000);

afterAll(async () => {
  await browser?.close({ silent: true });
  server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** 2 s at 30 fps: a fade that starts one frame into a held run, an image fading out, a music bed. */
function promo(): VideoConfig {
  const clips: Clip[] = [
    { type: 'rect', start: 0, duration: 2, style: { fill: '#1e3a8a' } },
    { type: 'image', src: `${base}/quadrants.png`, start: 0, duration: 2, transform: { x: '30%', y: '50%', width: 60, height: 60 }, animations: [{ type: 'fadeOut', duration: 0.3, delay: 1.7 }] },
    { type: 'text', text: 'Held', start: 0, duration: 2, style: { fill: '#ffffff', fontSize: 28 }, transform: { x: '70%', y: '50%' }, animations: [{ type: 'fadeIn', duration: 0.2, delay: 1 }] },
    { type: 'audio', src: `${base}/music.mp3`, start: 0, duration: 2, volume: 0.8, fadeIn: 0.5 },
  ] as Clip[];
  const parsed = validateVideoConfig({ meta: { version: '2.0.0', width: 160, height: 90, fps: 30, background: '#000000' }, tracks: [{ clips }] });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

async function bare(config: VideoConfig, outputLocation: string, scale = 1) {
  const inputProps = { config };
  const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error' });
  await renderMedia({ composition, serveUrl: BUNDLE_DIR, codec: 'h264', audioCodec: 'aac', enforceAudioTrack: true, scale, outputLocation, inputProps, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error' });
  return composition;
}

async function held(config: VideoConfig, plan: FramePlan, outputFile: string, scale = 1) {
  const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps: { config }, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error' });
  const result = await renderHeld({ config, composition, plan, serveUrl: BUNDLE_DIR, browser, browserExecutable: BROWSER, outputFile, scale });
  await result.cleanup();
  return result;
}

describe('a render that follows the frame plan', () => {
  let bareFile = '';
  beforeAll(async () => {
    bareFile = path.join(dir, 'bare.mp4');
    await bare(promo(), bareFile);
  }, 120_000);

  it('captures only the new frames and makes the same video as renderMedia: every frame, and the sound', async () => {
    const config = promo();
    const plan = planFrames(config);
    const file = path.join(dir, 'held.mp4');
    const result = await held(config, plan, file);
    expect(result.captured).toBe(plan.runs.length);
    expect(result.captured).toBeLessThan(40); // of 60 frames
    const c = compareVideos(bareFile, file);
    expect(c.framesB).toBe(c.framesA);
    expect(c.framesA).toBe(60);
    expect(c.minSsim).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(c.audioDurationA - c.audioDurationB)).toBeLessThan(0.03);
    expect(c.maxRmsDiffDb).toBeLessThan(0.5);
  }, 120_000);

  it('is caught by the comparison when it holds a frame that changes', async () => {
    // A wrong plan: the first frame held for the whole video, through the fades.
    const config = promo();
    const file = path.join(dir, 'wrong.mp4');
    await held(config, { durationInFrames: 60, runs: [{ from: 0, frames: 60 }] }, file);
    const c = compareVideos(bareFile, file);
    expect(c.framesB).toBe(60);
    expect(c.minSsim).toBeLessThan(0.99);
  }, 120_000);

  it('shares the captures between processes with num_workers = 2 (the worker path), same output', async () => {
    const file = path.join(dir, 'job.mp4');
    const job = await renderJob({ config: promo(), outputFile: file, browser, browserExecutable: BROWSER, workers: 2 });
    expect(job.frames).toBe(60);
    expect(job.chunks).toBe(2);
    expect(fs.statSync(job.posterFile).size).toBeGreaterThan(0);
    expect(fs.statSync(job.thumbFile).size).toBeGreaterThan(0);
    const c = compareVideos(bareFile, file);
    expect(c.framesB).toBe(60);
    expect(c.minSsim).toBeGreaterThanOrEqual(0.99);
    expect(c.maxRmsDiffDb).toBeLessThan(0.5);
  }, 120_000);
});

// In `npm run test:long` (HELD_ALL_FIXTURES=1): every config fixture whose plan holds frames, rendered held and by a
// bare renderMedia at a quarter of its size, compared frame by frame and by sound level.
describe.runIf(process.env.HELD_ALL_FIXTURES === '1')('every config fixture', () => {
  it('whose plan holds frames: the held render has the frames and the sound of renderMedia', async () => {
    const scale = 0.25;
    const fetchJson = async (url: string) => (await fetch(url)).json();
    let compared = 0;
    const different: string[] = [];
    for (const [name, json] of loadFixtures()) {
      const parsed = validateVideoConfig(withMediaAt(json, base));
      if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
      const resolved = await resolveRemoteSubtitles(parsed.config, fetchJson as never);
      const config = resolved.success ? resolved.config : parsed.config;
      const plan = planFrames(config);
      if (!shouldHold(plan)) continue;
      const bareFile = path.join(dir, `${name}.bare.mp4`);
      const heldFile = path.join(dir, `${name}.held.mp4`);
      await bare(config, bareFile, scale);
      await held(config, plan, heldFile, scale);
      const c = compareVideos(bareFile, heldFile);
      const line = `${name}: ${plan.runs.length} of ${plan.durationInFrames} frames captured; frames ${c.framesA}/${c.framesB}, SSIM min ${c.minSsim.toFixed(4)}, audio ${c.audioDurationA.toFixed(3)}/${c.audioDurationB.toFixed(3)} s, ΔRMS ≤ ${c.maxRmsDiffDb.toFixed(2)} dB`;
      console.log(line);
      const same = c.framesA === c.framesB && c.framesA === plan.durationInFrames && c.minSsim >= 0.99 && Math.abs(c.audioDurationA - c.audioDurationB) < 0.03 && c.maxRmsDiffDb < 0.5;
      if (!same) different.push(line);
      compared++;
      fs.rmSync(bareFile);
      fs.rmSync(heldFile);
    }
    expect(compared).toBeGreaterThanOrEqual(30); // 34 of the 53 fixtures hold frames today
    expect(different).toEqual([]);
  }, 40 * 60_000);
});

describe('the composition computed from the config (no selectComposition page)', () => {
  it('is the one selectComposition returns: id, size, fps, length and props', async () => {
    const configs = [promo(), ...loadFixtures().map(([, json]) => validateVideoConfig(json)).flatMap((r) => (r.success ? [r.config] : []))];
    // Different sizes, rates and lengths among the fixtures; a handful keeps the test short.
    const picked = configs.filter((c, i, all) => all.findIndex((o) => o.meta.width === c.meta.width && o.meta.fps === c.meta.fps) === i).slice(0, 5);
    expect(picked.length).toBeGreaterThanOrEqual(2);
    for (const config of picked) {
      const selected = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps: { config }, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error' });
      const computed = cutroomComposition(config);
      expect({ ...computed, props: JSON.parse(JSON.stringify(computed.props)) as unknown }).toEqual({ ...selected, defaultProps: computed.defaultProps });
    }
  }, 120_000);
});
