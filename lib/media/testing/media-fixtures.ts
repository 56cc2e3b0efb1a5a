import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mediaTools } from '../tools';

/**
 * Real media for tests, made on the spot with the system ffmpeg (the one processing uses): small and
 * short, with content a test can check — a colour that changes every second, a tone at a known time.
 */

const { ffmpeg, ffprobe } = mediaTools();
export const fixtureDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-test-media-'));

export const run = (args: string[]) => execFileSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });

/** The colour shown during second k of the colour-steps videos (distinct for k = 0..9). */
export function stepColour(k: number): [number, number, number] {
  const palette: [number, number, number][] = [
    [230, 30, 30], [30, 200, 40], [30, 60, 230], [235, 225, 30], [230, 30, 220],
    [30, 220, 220], [250, 250, 250], [20, 20, 20], [240, 140, 20], [130, 40, 200],
  ];
  return palette[((k % palette.length) + palette.length) % palette.length]!;
}

/** A lavfi source whose whole picture is stepColour(floor(t)). */
export function colourSteps(size: string, rate: number, seconds: number): string {
  const parts = Array.from({ length: Math.ceil(seconds) }, (_, k) => {
    const [r, g, b] = stepColour(k);
    const hex = [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');
    return `color=c=0x${hex}:s=${size}:r=${rate}:d=1[c${k}]`;
  });
  const inputs = parts.map((_, k) => `[c${k}]`).join('');
  return `${parts.join(';')};${inputs}concat=n=${parts.length}:v=1:a=0,trim=duration=${seconds}`;
}

/** A tone at full scale from `from` to `to` seconds, silence elsewhere. */
const toneBurst = (seconds: number, from: number, to: number, rate = 48000) =>
  `sine=frequency=440:sample_rate=${rate}:duration=${seconds},volume='if(between(t,${from},${to}),8,0)':eval=frame`;

export interface VideoFixture {
  file: string;
  seconds: number;
}

/** H.264/AAC MP4, 64×36 at 10 fps: the colour changes each second; a tone sounds from 1 s to 1.5 s. */
export function h264WithAudio(dir: string, seconds = 4, name = 'h264.mp4'): string {
  const out = path.join(dir, name);
  run(['-f', 'lavfi', '-i', colourSteps('64x36', 10, seconds), '-f', 'lavfi', '-i', toneBurst(seconds, 1, 1.5),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '10', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k', '-shortest', out]);
  return out;
}

/** HEVC in a QuickTime .mov (a phone's format), with AAC sound. */
export function hevcMov(dir: string, seconds = 2): string {
  const out = path.join(dir, 'hevc.mov');
  run(['-f', 'lavfi', '-i', colourSteps('64x64', 10, seconds), '-f', 'lavfi', '-i', toneBurst(seconds, 0.5, 1),
    '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=none', '-tag:v', 'hvc1', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-shortest', out]);
  return out;
}

/** ProRes 422 in .mov with PCM sound (an editor's export). */
export function proresMov(dir: string, seconds = 2): string {
  const out = path.join(dir, 'prores.mov');
  run(['-f', 'lavfi', '-i', colourSteps('64x36', 10, seconds), '-f', 'lavfi', '-i', toneBurst(seconds, 0.5, 1),
    '-c:v', 'prores_ks', '-profile:v', '2', '-c:a', 'pcm_s16le', '-shortest', out]);
  return out;
}

/** FFV1 in Matroska: a codec neither browsers nor Remotion's compositor decode. */
export function ffv1Mkv(dir: string, seconds = 1): string {
  const out = path.join(dir, 'ffv1.mkv');
  run(['-f', 'lavfi', '-i', colourSteps('64x36', 10, seconds), '-c:v', 'ffv1', out]);
  return out;
}

/** A phone's portrait video: coded 64×36 (landscape) with a 90° display rotation, so it shows 36×64. */
export function portraitPhone(dir: string): string {
  const coded = h264WithAudio(dir, 2, 'coded.mp4');
  const out = path.join(dir, 'portrait.mov');
  run(['-i', coded, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', out]);
  return out;
}

/** A WAV (PCM 16-bit, 48 kHz) with the tone from `from` to `to` seconds. */
export function wav(dir: string, seconds = 3, from = 1, to = 1.5, name = 'tone.wav'): string {
  const out = path.join(dir, name);
  run(['-f', 'lavfi', '-i', toneBurst(seconds, from, to), '-c:a', 'pcm_s16le', out]);
  return out;
}

export function mp3(dir: string, seconds = 2): string {
  const out = path.join(dir, 'tone.mp3');
  run(['-f', 'lavfi', '-i', toneBurst(seconds, 0.5, 1, 44100), '-c:a', 'libmp3lame', '-b:a', '128k', out]);
  return out;
}

/** A PNG of one colour (ffmpeg-encoded). */
export function png(dir: string, width: number, height: number, name = `image-${width}x${height}.png`): string {
  const out = path.join(dir, name);
  run(['-f', 'lavfi', '-i', 'color=c=0x1e64c8:s=64x64', '-vf', `scale=${width}:${height}`, '-frames:v', '1', out]);
  return out;
}

/** A WAV header with no samples at all. */
export function emptyWav(dir: string): string {
  const out = path.join(dir, 'empty.wav');
  run(['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=mono', '-frames:a', '0', '-c:a', 'pcm_s16le', out]);
  return out;
}

/** An MP4 that holds only sound: a "video" with no video stream. */
export function soundOnlyMp4(dir: string): string {
  const out = path.join(dir, 'sound-only.mp4');
  run(['-f', 'lavfi', '-i', toneBurst(2, 0.5, 1), '-c:a', 'aac', out]);
  return out;
}

/** The first half of an MP4 whose index (moov) is at the end: what an interrupted copy leaves. */
export function truncatedMp4(dir: string): string {
  const whole = h264WithAudio(dir, 2, 'whole.mp4');
  const bytes = fs.readFileSync(whole);
  const out = path.join(dir, 'truncated.mp4');
  fs.writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return out;
}

export const maliciousSvg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20" onload="alert('onload')">
  <script>alert('script')</script>
  <rect width="40" height="20" fill="#1e64c8" onclick="alert('click')"/>
  <a xlink:href="javascript:alert('href')"><circle cx="10" cy="10" r="5" fill="red"/></a>
  <image href="https://evil.example/track.png" width="1" height="1"/>
  <use xlink:href="https://evil.example/sprite.svg#icon"/>
  <foreignObject width="40" height="20"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"></iframe></div></foreignObject>
  <style>@import url(https://evil.example/x.css); rect { fill: url(https://evil.example/p.svg#g) }</style>
</svg>
`;

/** Average RGB of a region of an image or of a video frame at `time` (decoded by ffmpeg). */
export function averageColour(file: string, region: { x: number; y: number; w: number; h: number }, time?: number): [number, number, number] {
  const seek = time === undefined ? [] : ['-ss', time.toFixed(3)];
  const raw = execFileSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', ...seek, '-i', file, '-frames:v', '1',
    '-vf', `crop=${region.w}:${region.h}:${region.x}:${region.y}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 64 * 1024 ** 2 });
  const sum = [0, 0, 0];
  for (let i = 0; i < raw.length; i += 3) for (let c = 0; c < 3; c++) sum[c]! += raw[i + c]!;
  const n = raw.length / 3;
  return [Math.round(sum[0]! / n), Math.round(sum[1]! / n), Math.round(sum[2]! / n)];
}

/** ffprobe's view of a file: streams (codec, size) and duration. */
export function probeStreams(file: string): { codecs: string[]; width?: number; height?: number; duration: number } {
  const json = JSON.parse(execFileSync(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { encoding: 'utf8' })) as {
    streams: { codec_name: string; codec_type: string; width?: number; height?: number }[];
    format: { duration: string };
  };
  const video = json.streams.find((s) => s.codec_type === 'video');
  return { codecs: json.streams.map((s) => s.codec_name), width: video?.width, height: video?.height, duration: Number(json.format.duration) };
}

/** Width and height of an image file. */
export function imageSize(file: string): { width: number; height: number } {
  const { width, height } = probeStreams(file);
  return { width: width ?? 0, height: height ?? 0 };
}
