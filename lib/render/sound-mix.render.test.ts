import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openBrowser, renderMedia, selectComposition } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sineWav } from '../../bench/lib/media';
import { promoConfig } from '../../bench/lib/promo';
import { CUTROOM_COMPOSITION_ID } from '../composition/composition-id';
import { FIXTURE_MEDIA_DIR } from '../composition/testing/still-renderer';
import { planSound, resolveRemoteSubtitles, validateVideoConfig, type SoundPlan, type VideoConfig } from '../video';
import { withMediaAt } from '../video/testing/with-media-at';
import { BUNDLE_DIR } from './paths';
import { mixPlannedSound } from './sound-mix';
import { compareAudio, type AudioComparison } from './testing/compare-audio';

// Needs the composition bundle (`npm run build`). Each case renders Remotion's own audio (renderMedia,
// codec aac: the pass over every frame) and the sound mixed from the plan, and compares them.
process.env.ALLOW_PRIVATE_MEDIA = '1';
const BROWSER = process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium';
const CONFIGS = path.resolve('e2e/fixtures/configs');
const ffmpeg = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
let browser: Awaited<ReturnType<typeof openBrowser>>;
let server: http.Server;
let base = '';
let dir = '';
let mediaDir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sound-test-'));
  mediaDir = path.join(dir, 'media');
  fs.mkdirSync(mediaDir);
  // A level that steps every 100 ms (loud, quiet, loud…): a trim or a fade off by 3 frames changes every window.
  execFileSync(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', "sine=f=440:d=6:r=44100,volume='if(mod(floor(t*10),2),0.1,0.8)':eval=frame", '-ac', '2', '-y', path.join(mediaDir, 'steps.wav')]);
  fs.writeFileSync(path.join(mediaDir, 'music.wav'), sineWav(330, 30));
  for (const i of [0, 1, 2]) fs.copyFileSync(path.join(FIXTURE_MEDIA_DIR, 'quadrants.png'), path.join(mediaDir, `image-${i}.png`));
  server = http.createServer((req, res) => {
    const name = path.basename(req.url ?? '');
    const file = [path.join(mediaDir, name), path.join(FIXTURE_MEDIA_DIR, name)].find((f) => fs.existsSync(f));
    if (!file) return void res.writeHead(404).end();
    const type = { '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json' }[path.extname(file)];
    res.writeHead(200, { 'content-length': fs.statSync(file).size, 'access-control-allow-origin': '*', ...(type ? { 'content-type': type } : {}) });
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

function valid(input: unknown): VideoConfig {
  const parsed = validateVideoConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

/** Every sound feature the plan reproduces, over 4 s at 30 fps. */
function features(): VideoConfig {
  return valid({
    meta: { version: '2.0.0', width: 160, height: 90, fps: 30, background: '#000000' },
    tracks: [
      { clips: [{ type: 'audio', src: `${base}/steps.wav`, start: 0.2, duration: 3, volume: 0.7, fadeIn: 0.5, fadeOut: 0.8 }] },
      { clips: [{ type: 'audio', src: `${base}/music.mp3`, start: 0.5, duration: 2.5, volume: 1.5, source: { start: 1.1, end: 3 }, playbackRate: 1.25 }] },
      { clips: [{ type: 'video', src: `${base}/color-steps.mp4`, start: 1, duration: 3, volume: 0.6, source: { start: 0.5 }, playbackRate: 0.8 }] },
      { clips: [{ type: 'audio', src: `${base}/tone.mp3`, start: 0, duration: 2 }], muted: true },
      { clips: [{ type: 'audio', src: `${base}/tone.mp3`, start: 2, duration: 1.5, transition: { type: 'fade', duration: 0.4 } }] },
      { clips: [{ type: 'layout', start: 0, duration: 4, children: [{ type: 'audio', src: `${base}/steps.wav`, volume: 0.2, source: { start: 0.3 } }, { type: 'rect' }] }] },
      { clips: [{ type: 'audio', src: `${base}/music.mp3`, start: 0.4, duration: 3.2, volume: 0.5, loop: true, source: { start: 0.5, end: 1.2 }, playbackRate: 1.2, fadeIn: 1 }] },
    ],
  });
}

async function fixture(name: string): Promise<VideoConfig> {
  const config = valid(withMediaAt(JSON.parse(fs.readFileSync(path.join(CONFIGS, name), 'utf8')), base));
  const resolved = await resolveRemoteSubtitles(config, (async (url: string) => (await fetch(url)).json()) as never);
  return resolved.success ? resolved.config : config;
}

const sounds = (c: VideoConfig) => JSON.stringify(c).match(/"type":"(audio|video)"/) !== null;

/** Remotion's own audio for the config: an audio-only renderMedia (every frame visited for its assets). */
async function remotionSound(config: VideoConfig, outputLocation: string) {
  const inputProps = { config };
  // A long page timeout: on a loaded machine the page can take more than Remotion's default 30 s to start.
  const timeoutInMilliseconds = 180_000;
  const composition = await selectComposition({ serveUrl: BUNDLE_DIR, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error', timeoutInMilliseconds });
  await renderMedia({ composition, serveUrl: BUNDLE_DIR, codec: 'aac', enforceAudioTrack: true, outputLocation, inputProps, browserExecutable: BROWSER, puppeteerInstance: browser, logLevel: 'error', timeoutInMilliseconds });
  return composition;
}

async function mixed(config: VideoConfig, frames: number, outputFile: string, alter?: (plan: Extract<SoundPlan, { exact: true }>) => Extract<SoundPlan, { exact: true }>) {
  const plan = planSound(config, frames);
  if (!plan.exact) throw new Error(`the plan fell back: ${plan.reason}`);
  await mixPlannedSound({ plan: alter ? alter(plan) : plan, fps: config.meta.fps, durationInFrames: frames, width: config.meta.width, height: config.meta.height, outputFile });
}

/** The same sound: 48 kHz stereo AAC both, same length to the sample, RMS per 100 ms within 0.5 dB (audible windows) and 1 % of full scale. */
function expectSameSound(c: AudioComparison) {
  expect(c.b).toEqual(c.a);
  expect(c.a).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2 });
  expect(c.maxRmsDiffDb).toBeLessThanOrEqual(0.5);
  expect(c.maxRmsDiff).toBeLessThanOrEqual(0.01);
  expect(c.firstDifferentWindow).toBe(-1);
}

async function check(name: string, config: VideoConfig) {
  const ref = path.join(dir, `${name}.remotion.aac`);
  const mine = path.join(dir, `${name}.mixed.aac`);
  const composition = await remotionSound(config, ref);
  await mixed(config, composition.durationInFrames, mine);
  const c = compareAudio(ref, mine);
  console.log(`${name}: ${c.a.samples} samples, ${c.windows} windows, ΔRMS ≤ ${c.maxRmsDiffDb.toFixed(3)} dB / ${(c.maxRmsDiff * 100).toFixed(3)} % FS, max sample Δ ${c.maxSampleDiff.toExponential(2)}`);
  expectSameSound(c);
  return { ref, composition };
}

describe('the sound mixed from the config is the sound Remotion renders', () => {
  let featuresRef = '';
  let featuresFrames = 0;
  let promoRef = '';
  let promoFrames = 0;

  it('every feature: fades, volume above 1, trims, playback rates, a video’s own sound, a muted track, a fade transition, a layout child, a loop over a trim range', async () => {
    const { ref, composition } = await check('features', features());
    featuresRef = ref;
    featuresFrames = composition.durationInFrames;
  }, 180_000);

  it('the benchmark promo (30 s, music bed with a fade-in and a fade-out), rendered small', async () => {
    const { ref, composition } = await check('promo', valid(promoConfig(base, 30, 160, 90)));
    promoRef = ref;
    promoFrames = composition.durationInFrames;
  }, 300_000);

  // In `npm run test:long` (SOUND_ALL_FIXTURES=1, ≈ 1 min): the features case above holds every feature the plan mixes,
  // and held-render's fixture sweep compares every fixture's audio level too; this is the sample-exact sweep.
  it.runIf(process.env.SOUND_ALL_FIXTURES === '1')('every config fixture that sounds and that the plan reproduces (the others fall back to Remotion’s pass)', async () => {
    const exact: string[] = [];
    for (const name of fs.readdirSync(CONFIGS).filter((n) => n.endsWith('.json')).sort()) {
      const config = await fixture(name);
      if (!sounds(config)) continue;
      const plan = planSound(config, 1);
      if (!plan.exact) {
        console.log(`${name}: falls back (${plan.reason})`);
        continue;
      }
      exact.push(name);
      await check(name, config);
    }
    expect(exact.length).toBeGreaterThanOrEqual(4);
  }, 600_000);

  it('fails when a fade starts one window (3 frames) late', async () => {
    const file = path.join(dir, 'late-fade.aac');
    // The promo's music bed with its 1 s fade-in starting 3 frames late: the frames' gains shifted by 3.
    await mixed(valid(promoConfig(base, 30, 160, 90)), promoFrames, file, (plan) => ({
      ...plan,
      sources: plan.sources.map((s) => ({ ...s, frames: s.frames.slice(3).map((f, k) => ({ ...f, volume: (s.frames[k] as { volume: number }).volume })) })),
    }));
    const c = compareAudio(promoRef, file);
    expect(c.a.samples).toBe(c.b.samples);
    expect(c.firstDifferentWindow).toBeGreaterThanOrEqual(0);
    expect(c.firstDifferentWindow).toBeLessThanOrEqual(10); // within the fade (the first second)
  }, 120_000);

  it('fails when a trim is 3 frames off', async () => {
    const file = path.join(dir, 'late-trim.aac');
    // The layout's steps clip (trimmed at 0.3 s) read 3 frames further into the file.
    await mixed(features(), featuresFrames, file, (plan) => ({
      ...plan,
      sources: plan.sources.map((s) => (s.src.endsWith('steps.wav') && s.audioStartFrame > 0 ? { ...s, frames: s.frames.map((f) => ({ ...f, mediaFrame: f.mediaFrame + 3 })) } : s)),
    }));
    const c = compareAudio(featuresRef, file);
    expect(c.firstDifferentWindow).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
