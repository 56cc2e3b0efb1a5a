import type { ProbeResult } from './probe';

/**
 * What Chromium's <video>/<audio> decode in software on every platform (no HEVC: that is hardware-only
 * and absent on Linux). H.264 only in 8-bit 4:2:0 (no High 10, 4:2:2 or 4:4:4 profiles).
 */
const BROWSER_VIDEO_CODECS = new Set(['h264', 'vp8', 'vp9', 'av1', 'theora']);
const BROWSER_AUDIO_CODECS = new Set(['aac', 'mp3', 'opus', 'vorbis', 'flac', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_u8', 'pcm_s16be']);
const BROWSER_PIXEL_FORMATS = new Set(['yuv420p', 'yuvj420p', 'yuv420p10le']); // 10-bit only for VP9/AV1, checked below
const BROWSER_CONTAINERS = ['mp4', 'mov', 'webm', 'matroska', 'ogg', 'mp3', 'wav', 'flac', 'aac', 'm4a'];
/** Past this the preview stutters or stalls over a normal connection: the proxy is made instead. */
export const MAX_BROWSER_BITRATE = 40_000_000;

/**
 * Why the editor's preview needs a proxy for this file (a sentence), or null when the browser plays the
 * original. Images never need one.
 */
export function proxyReason(probe: ProbeResult): string | null {
  const formats = probe.format.split(',');
  if (!formats.some((f) => BROWSER_CONTAINERS.includes(f))) return `its container (${probe.format}) does not play in browsers`;
  if (probe.hasVideo) {
    const codec = probe.videoCodec ?? 'unknown';
    if (!BROWSER_VIDEO_CODECS.has(codec)) return `its video codec (${codec}) does not play in browsers`;
    const pix = probe.pixelFormat ?? '';
    const isTenBit = pix.includes('10');
    if (!BROWSER_PIXEL_FORMATS.has(pix) || (codec === 'h264' && isTenBit)) return `its pixel format (${pix || 'unknown'}) does not play in browsers`;
    if (probe.bitrate !== null && probe.bitrate > MAX_BROWSER_BITRATE) {
      return `its bitrate (${Math.round(probe.bitrate / 1e6)} Mbit/s) is too high to preview smoothly`;
    }
  }
  if (probe.hasAudio && !BROWSER_AUDIO_CODECS.has(probe.audioCodec ?? '')) return `its audio codec (${probe.audioCodec ?? 'unknown'}) does not play in browsers`;
  return null;
}

/**
 * Decoders in Remotion's compositor (its bundled ffmpeg, which <OffthreadVideo> and audio extraction
 * use): a render reads originals in these codecs directly and uses the proxy for anything else.
 */
const REMOTION_VIDEO_CODECS = new Set([
  'h264', 'hevc', 'prores', 'vp8', 'vp9', 'av1', 'mpeg1video', 'mpeg2video', 'mpeg4', 'h263', 'mjpeg', 'theora', 'vc1', 'gif', 'png', 'rawvideo',
]);
const REMOTION_AUDIO_CODECS = new Set([
  'aac', 'mp3', 'opus', 'vorbis', 'flac', 'ac3',
  'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_u8', 'pcm_s16be', 'pcm_s24be', 'pcm_f32be', 'pcm_s32be', 'pcm_f64le',
]);

/** Whether a render can read the original (else it uses the proxy). Codec names as stored on the File. */
export function isRemotionReadable(file: { videoCodec: string | null; audioCodec: string | null }): boolean {
  if (file.videoCodec && !REMOTION_VIDEO_CODECS.has(file.videoCodec)) return false;
  if (file.audioCodec && !REMOTION_AUDIO_CODECS.has(file.audioCodec)) return false;
  return true;
}
