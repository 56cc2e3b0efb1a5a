import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { finestBucketSeconds, makeWaveform, PeakBuilder } from './make-waveform';
import * as fx from './testing/media-fixtures';

const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Peak amplitude per bucket of a level: max(|min|, |max|). */
const amplitudes = (data: number[]) => Array.from({ length: data.length / 2 }, (_, i) => Math.max(Math.abs(data[2 * i]!), Math.abs(data[2 * i + 1]!)));

describe('PeakBuilder', () => {
  it('keeps min and max per bucket as 8-bit values and folds levels by 4', () => {
    const b = new PeakBuilder(0.01, 1000); // 10 samples per bucket
    const samples = new Int16Array(80);
    samples[3] = 32767;
    samples[4] = -32768;
    samples[15] = 256 * 50;
    b.push(Buffer.from(samples.buffer));
    const w = b.finish();
    expect(w.levels[0]!.data.slice(0, 4)).toEqual([-127, 127, 0, 50]);
    expect(w.duration).toBeCloseTo(0.08);
  });

  it('accepts samples split across chunks at odd byte offsets', () => {
    const whole = Buffer.from(new Int16Array([0, 12800, -12800, 0]).buffer);
    const b = new PeakBuilder(0.004, 1000);
    b.push(whole.subarray(0, 3));
    b.push(whole.subarray(3));
    expect(b.finish().levels[0]!.data).toEqual([-50, 50]);
  });
});

describe('makeWaveform', () => {
  it('shows a tone burst exactly where it sounds (WAV)', async () => {
    const w = await makeWaveform(fx.wav(dir, 3, 1, 1.5), { duration: 3 });
    expect(w).toMatchObject({ version: 1, channels: 1 });
    expect(w.duration).toBeCloseTo(3, 2);
    const [fine] = w.levels;
    expect(fine!.bucketSeconds).toBe(0.01);
    const amp = amplitudes(fine!.data);
    expect(amp.length).toBe(300);
    const loud = amp.map((a, i) => (a > 60 ? i : -1)).filter((i) => i >= 0);
    // The tone's gain switches per ffmpeg audio frame (1024 samples ≈ 21 ms): within 3 buckets of 1.0 s and 1.5 s.
    expect(Math.abs(loud[0]! - 100)).toBeLessThanOrEqual(3);
    expect(Math.abs(loud.at(-1)! - 150)).toBeLessThanOrEqual(3);
    expect(amp.slice(0, 95).every((a) => a <= 1)).toBe(true); // silence before
    expect(amp.slice(155).every((a) => a <= 1)).toBe(true); // and after
  });

  it('has levels from 0.01 s, each 4× coarser, agreeing with the finer one', async () => {
    const w = await makeWaveform(fx.mp3(dir, 2), { duration: 2 });
    expect(w.levels.map((l) => l.bucketSeconds)).toEqual([0.01, 0.04]);
    const [fine, coarse] = w.levels;
    expect(coarse!.data.length).toBe(Math.ceil(fine!.data.length / 8) * 2);
    expect(Math.max(...coarse!.data)).toBe(Math.max(...fine!.data));
    expect(w.levels.every((l) => l.data.every((v) => Number.isInteger(v) && v >= -127 && v <= 127))).toBe(true);
  });

  it('reads the sound of a video', async () => {
    const w = await makeWaveform(fx.h264WithAudio(dir, 4), { duration: 4 });
    const amp = amplitudes(w.levels[0]!.data);
    expect(Math.max(...amp.slice(105, 145))).toBeGreaterThan(60);
    expect(Math.max(...amp.slice(0, 90))).toBeLessThan(5);
  });

  it('starts coarser for very long files so the finest level stays bounded', () => {
    expect(finestBucketSeconds(600)).toBe(0.01);
    expect(finestBucketSeconds(3 * 3600)).toBe(0.16);
  });
});
