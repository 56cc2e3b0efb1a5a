import { describe, expect, it } from 'vitest';
import { isRemotionReadable, proxyReason } from './playability';
import type { ProbeResult } from './probe';

const h264: ProbeResult = {
  format: 'mov,mp4,m4a,3gp,3g2,mj2', duration: 10, width: 1920, height: 1080, fps: 30, videoCodec: 'h264', videoProfile: 'High',
  pixelFormat: 'yuv420p', audioCodec: 'aac', hasVideo: true, hasAudio: true, rotation: 0, bitrate: 8_000_000,
};

describe('proxyReason', () => {
  it.each<[string, Partial<ProbeResult>, RegExp | null]>([
    ['H.264 4:2:0 + AAC in MP4', {}, null],
    ['VP9 in WebM', { format: 'matroska,webm', videoCodec: 'vp9', audioCodec: 'opus' }, null],
    ['an MP3', { format: 'mp3', hasVideo: false, videoCodec: null, pixelFormat: null, audioCodec: 'mp3' }, null],
    ['HEVC', { videoCodec: 'hevc' }, /video codec \(hevc\)/],
    ['ProRes', { videoCodec: 'prores', pixelFormat: 'yuv422p10le' }, /video codec \(prores\)/],
    ['10-bit H.264', { pixelFormat: 'yuv420p10le' }, /pixel format/],
    ['4:2:2 H.264', { pixelFormat: 'yuv422p' }, /pixel format/],
    ['a very high bitrate', { bitrate: 120_000_000 }, /bitrate \(120 Mbit\/s\)/],
    ['PCM in MOV is fine, AC-3 is not', { audioCodec: 'ac3' }, /audio codec \(ac3\)/],
    ['an AVI container', { format: 'avi' }, /container/],
  ])('%s', (_name, change, expected) => {
    const reason = proxyReason({ ...h264, ...change });
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeNull();
  });
});

describe('isRemotionReadable', () => {
  it('reads HEVC and ProRes originals, not FFV1', () => {
    expect(isRemotionReadable({ videoCodec: 'hevc', audioCodec: 'aac' })).toBe(true);
    expect(isRemotionReadable({ videoCodec: 'prores', audioCodec: 'pcm_s16le' })).toBe(true);
    expect(isRemotionReadable({ videoCodec: 'ffv1', audioCodec: null })).toBe(false);
    expect(isRemotionReadable({ videoCodec: null, audioCodec: 'wmav2' })).toBe(false);
  });
});
