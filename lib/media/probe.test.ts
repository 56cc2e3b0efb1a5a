import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { probeMedia, readProbe } from './probe';
import * as fx from './testing/media-fixtures';

const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('probeMedia (real files made by ffmpeg)', () => {
  it('reads an H.264/AAC MP4: duration, size, fps, codecs, sound, bitrate', async () => {
    const p = await probeMedia(fx.h264WithAudio(dir));
    expect(p).toMatchObject({ width: 64, height: 36, fps: 10, videoCodec: 'h264', audioCodec: 'aac', hasVideo: true, hasAudio: true, rotation: 0 });
    expect(p.duration).toBeCloseTo(4, 1);
    expect(p.bitrate).toBeGreaterThan(0);
  });

  it('applies a phone video’s rotation to the displayed width and height', async () => {
    const p = await probeMedia(fx.portraitPhone(dir));
    expect([p.width, p.height]).toEqual([36, 64]); // coded 64×36
    expect([90, 270]).toContain(p.rotation);
  });

  it('reads HEVC and ProRes .mov files', async () => {
    expect(await probeMedia(fx.hevcMov(dir))).toMatchObject({ videoCodec: 'hevc', width: 64, height: 64, hasAudio: true });
    expect(await probeMedia(fx.proresMov(dir))).toMatchObject({ videoCodec: 'prores', pixelFormat: 'yuv422p10le', audioCodec: 'pcm_s16le' });
  });

  it('reads audio: WAV and MP3 have a duration and no picture', async () => {
    const w = await probeMedia(fx.wav(dir, 3));
    expect(w).toMatchObject({ hasVideo: false, hasAudio: true, audioCodec: 'pcm_s16le', width: null, height: null, fps: null });
    expect(w.duration).toBeCloseTo(3, 2);
    const m = await probeMedia(fx.mp3(dir, 2));
    expect(m.audioCodec).toBe('mp3');
    expect(m.duration).toBeCloseTo(2, 0);
  });

  it('reads an image’s size, down to 1×1', async () => {
    expect(await probeMedia(fx.png(dir, 1, 1))).toMatchObject({ width: 1, height: 1, duration: null });
  });

  it('names a truncated MP4 for what it is', async () => {
    await expect(probeMedia(fx.truncatedMp4(dir))).rejects.toThrow(/truncated or damaged/);
  });

  it('refuses bytes that are no media at all with a sentence', async () => {
    const junk = `${dir}/junk.dat`;
    fs.writeFileSync(junk, Buffer.alloc(4096, 7));
    await expect(probeMedia(junk)).rejects.toThrow(/could not be read/);
  });
});

describe('readProbe', () => {
  it('ignores cover art: an MP3 with an attached picture is audio only', () => {
    const p = readProbe({
      format: { format_name: 'mp3', duration: '3.5' },
      streams: [
        { codec_type: 'audio', codec_name: 'mp3' },
        { codec_type: 'video', codec_name: 'mjpeg', width: 500, height: 500, disposition: { attached_pic: 1 } },
      ],
    });
    expect(p).toMatchObject({ hasVideo: false, width: null, duration: 3.5 });
  });
});
