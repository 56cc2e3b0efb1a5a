import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser, renderMedia } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudioClip, VideoConfig } from '../video';
import { compositionFor } from './testing/still-renderer';
import { BROWSER_EXECUTABLE } from './testing/still-renderer';
import { makeTestBundle, type TestBundle } from './testing/test-bundle';

// Renders short audio-only configs through the real renderMedia path and measures the mixed sound:
// fades, volume, mutes and loops are only real if they reach the encoded file.

const COMPOSITOR_DIR = fileURLToPath(new URL('../../node_modules/@remotion/compositor-linux-x64-gnu', import.meta.url));
const SAMPLE_RATE = 8000;
const TONE_SECONDS = 0.5;
const FPS = 10;

/** A mono 16-bit WAV of a 440 Hz sine: the sound every clip below plays. */
function toneWav(seconds: number, rate = 22050): Buffer {
  const samples = Math.round(seconds * rate);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(16000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

let testBundle: TestBundle;
let serveUrl: string;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  testBundle = await makeTestBundle();
  serveUrl = testBundle.serveUrl;
  // Served by the renderer's own server next to index.html, so the relative src resolves offline.
  await mkdir(join(serveUrl, 'sound'));
  await writeFile(join(serveUrl, 'sound', 'tone.wav'), toneWav(TONE_SECONDS));
  browser = await openBrowser('chrome', { browserExecutable: BROWSER_EXECUTABLE });
}, 150_000);

afterAll(async () => {
  await browser?.close({ silent: true });
  await testBundle?.remove();
});

const tone = (clip: Partial<AudioClip>): AudioClip => ({ type: 'audio', src: 'sound/tone.wav', start: 0, duration: 2, ...clip });

/** Renders the config to WAV and decodes it (compositor ffmpeg) to mono 8 kHz samples in [-1, 1]. */
async function renderSound(tracks: VideoConfig['tracks']): Promise<Float32Array> {
  const config: VideoConfig = { meta: { version: '2.0.0', width: 160, height: 90, fps: FPS, background: '#000000' }, tracks };
  const inputProps = { config };
  const composition = compositionFor(config);
  const output = join(serveUrl, `out-${Math.random().toString(36).slice(2)}.wav`);
  await renderMedia({ serveUrl, composition, inputProps, codec: 'wav', outputLocation: output, browserExecutable: BROWSER_EXECUTABLE, puppeteerInstance: browser, logLevel: 'error' });
  const pcm = execFileSync(join(COMPOSITOR_DIR, 'ffmpeg'), ['-v', 'error', '-i', output, '-f', 'wav', '-acodec', 'pcm_s16le', '-ac', '1', '-ar', String(SAMPLE_RATE), 'pipe:1'], {
    env: { ...process.env, LD_LIBRARY_PATH: COMPOSITOR_DIR },
    maxBuffer: 64 * 1024 * 1024,
  });
  // This ffmpeg build has no raw s16le muxer: read the WAV it writes, from its data chunk on
  // (the size field is unknown when writing to a pipe, so read to the end).
  const data = pcm.indexOf('data', 12) + 8;
  const samples = new Float32Array(Math.floor((pcm.length - data) / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(data + i * 2) / 32768;
  return samples;
}

/** Root-mean-square level between two times (seconds). */
function rms(samples: Float32Array, from: number, to: number): number {
  const a = Math.floor(from * SAMPLE_RATE);
  const b = Math.min(samples.length, Math.floor(to * SAMPLE_RATE));
  let sum = 0;
  for (let i = a; i < b; i++) sum += (samples[i] ?? 0) ** 2;
  return Math.sqrt(sum / Math.max(1, b - a));
}

const SILENT = 0.005;

describe('audio in a real render', () => {
  it('fadeIn starts quiet and grows, fadeOut ends quiet', async () => {
    const sound = await renderSound([{ clips: [tone({ duration: 2, loop: true, fadeIn: 0.8, fadeOut: 0.8 })] }]);
    const start = rms(sound, 0, 0.1);
    const middle = rms(sound, 0.9, 1.1);
    const end = rms(sound, 1.9, 2.0);
    expect(middle).toBeGreaterThan(0.1);
    expect(start).toBeLessThan(middle * 0.25);
    expect(end).toBeLessThan(middle * 0.25);
    // Halfway through the fade-in the gain is about one half.
    expect(rms(sound, 0.35, 0.45) / middle).toBeGreaterThan(0.3);
    expect(rms(sound, 0.35, 0.45) / middle).toBeLessThan(0.75);
  }, 120_000);

  it('volume scales the level; a muted clip and a muted track are silent; a hidden track still sounds', async () => {
    const sound = await renderSound([
      { clips: [tone({ start: 0, duration: 0.5 }), tone({ start: 0.5, duration: 0.5, volume: 0.25 }), tone({ start: 1, duration: 0.5, muted: true })] },
      { type: 'audio', muted: true, clips: [tone({ start: 1.5, duration: 0.5 })] },
      { hidden: true, clips: [tone({ start: 2, duration: 0.5 })] },
    ]);
    expect(rms(sound, 2.1, 2.4)).toBeGreaterThan(0.1);
    const full = rms(sound, 0.1, 0.4);
    const quarter = rms(sound, 0.6, 0.9);
    expect(full).toBeGreaterThan(0.1);
    expect(quarter / full).toBeGreaterThan(0.18);
    expect(quarter / full).toBeLessThan(0.32);
    expect(rms(sound, 1.1, 1.4)).toBeLessThan(SILENT);
    expect(rms(sound, 1.6, 1.9)).toBeLessThan(SILENT);
  }, 120_000);

  it('loop keeps the sound going past the end of the source; without it the clip falls silent', async () => {
    expect(TONE_SECONDS).toBe(0.5);
    const sound = await renderSound([{ clips: [tone({ start: 0, duration: 0.9 }), tone({ start: 1, duration: 1, loop: true })] }]);
    expect(rms(sound, 0.1, 0.4)).toBeGreaterThan(0.1);
    expect(rms(sound, 0.6, 0.85)).toBeLessThan(SILENT);
    expect(rms(sound, 1.1, 1.4)).toBeGreaterThan(0.1);
    expect(rms(sound, 1.6, 1.9)).toBeGreaterThan(0.1);
  }, 120_000);
});
