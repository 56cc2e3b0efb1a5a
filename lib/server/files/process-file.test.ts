import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as fx from '../../media/testing/media-fixtures';
import { mediaTools } from '../../media/tools';
import { processFile } from './process-file';

// processFile on real ffmpeg-made files, good and bad: every one ends ready or failed with a reason a
// person can act on, and keeps whatever could be made.
const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
const run = (source: string, type: 'image' | 'video' | 'audio') => processFile({ source, type, workDir: path.join(dir, `work-${n++}`) });
const names = (o: Awaited<ReturnType<typeof run>>) => o.derivatives.map((d) => d.name).sort();

describe('processFile', () => {
  it('H.264 video with sound: ready with poster, thumbnail, filmstrip and waveform, no proxy', async () => {
    const o = await run(fx.h264WithAudio(dir, 4), 'video');
    expect(o).toMatchObject({ status: 'ready', error: null });
    expect(names(o)).toEqual(['filmstrip.jpg', 'filmstrip.json', 'poster.jpg', 'thumb.webp', 'waveform.json']);
    expect(o.filmstrip).toMatchObject({ interval: 0.5, count: 8 });
    for (const d of o.derivatives) expect(fs.statSync(d.path).size).toBeGreaterThan(0);
  });

  it('HEVC video: also a web-playable proxy', async () => {
    const o = await run(fx.hevcMov(dir, 2), 'video');
    expect(o.status).toBe('ready');
    expect(names(o)).toContain('proxy.mp4');
  });

  it('a 1×1 image: ready with a 1×1 thumbnail', async () => {
    const o = await run(fx.png(dir, 1, 1), 'image');
    expect(o).toMatchObject({ status: 'ready', probe: { width: 1, height: 1 } });
    expect(names(o)).toEqual(['thumb.webp']);
  });

  it('a HEIC photo (which ffmpeg cannot read): decoded into a JPEG that the thumbnail is made from', async () => {
    const heic = path.join(__dirname, '..', '..', '..', 'e2e', 'fixtures', 'media', 'photo.heic');
    const o = await processFile({ source: heic, type: 'image', mimeType: 'image/heic', workDir: path.join(dir, `work-${n++}`) });
    expect(o).toMatchObject({ status: 'ready', error: null, probe: { width: 400, height: 300, format: 'heif' } });
    expect(names(o)).toEqual(['image.jpg', 'thumb.webp']);
    const jpeg = o.derivatives.find((d) => d.name === 'image.jpg')!.path;
    expect(fx.imageSize(jpeg)).toEqual({ width: 400, height: 300 });
    // The picture itself: left half red, right half blue.
    expect(fx.averageColour(jpeg, { x: 20, y: 20, w: 150, h: 260 }).map((c) => Math.round(c / 40))).toEqual([6, 0, 0]);
    expect(fx.averageColour(jpeg, { x: 230, y: 20, w: 150, h: 260 }).map((c) => Math.round(c / 40))).toEqual([0, 0, 6]);
    expect(fx.imageSize(o.derivatives.find((d) => d.name === 'thumb.webp')!.path)).toEqual({ width: 320, height: 240 });
  }, 90_000);

  it('a file that says HEIC but is not: failed, saying it could not be decoded', async () => {
    const fake = path.join(dir, 'fake.heic');
    fs.writeFileSync(fake, Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic'), Buffer.alloc(500, 0x41)]));
    const o = await processFile({ source: fake, type: 'image', mimeType: 'image/heic', workDir: path.join(dir, `work-${n++}`) });
    expect(o).toMatchObject({ status: 'failed', derivatives: [] });
    expect(o.error).toMatch(/HEIC\/HEIF image could not be decoded/);
  }, 90_000);

  it('a truncated MP4: failed, saying it is truncated', async () => {
    const o = await run(fx.truncatedMp4(dir), 'video');
    expect(o).toMatchObject({ status: 'failed', derivatives: [] });
    expect(o.error).toMatch(/truncated or damaged/);
  });

  it('bytes that are not what the type claims: failed, saying it could not be read', async () => {
    const fake = path.join(dir, 'fake.wav');
    fs.writeFileSync(fake, Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVE'), Buffer.alloc(2000, 0x41)]));
    const o = await run(fake, 'audio');
    expect(o.status).toBe('failed');
    expect(o.error).toMatch(/could not be read|damaged|failed/i);
  });

  it('a zero-length audio: failed, saying it is empty', async () => {
    const o = await run(fx.emptyWav(dir), 'audio');
    expect(o).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty: it is 0 seconds long/) });
  });

  it('a video with no video stream: failed as a video, its sound still drawn', async () => {
    const o = await run(fx.soundOnlyMp4(dir), 'video');
    expect(o.status).toBe('failed');
    expect(o.error).toMatch(/no picture \(sound only\): use it as audio/);
    expect(names(o)).toEqual(['waveform.json']);
  });

  it('a 3-hour video: ready with a bounded filmstrip, without blocking for long', async () => {
    const long = path.join(dir, 'three-hours.mp4');
    // 16×16 at 1 fps with a keyframe a minute: three hours in a few hundred KB (the waveform side is
    // covered by finestBucketSeconds in lib/media).
    execFileSync(mediaTools().ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=red:s=16x16:r=1', '-t', '10800',
      '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '60', long]);
    const o = await run(long, 'video');
    expect(o.status).toBe('ready');
    expect(o.probe!.duration).toBeCloseTo(10800, 0);
    expect(o.filmstrip).toMatchObject({ interval: 300, count: 36 });
  }, 120_000);
});
