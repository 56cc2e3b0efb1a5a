import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Real, tiny media files for tests, made on the fly: a PNG built by hand, everything else by the ffmpeg
 * that ships inside Remotion's compositor package (a registry binary, no system install needed). That
 * ffmpeg is built with few filters: `nullsrc` and `sine` are the sources it has.
 */

const compositorDir = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'node_modules',
  '@remotion',
  `compositor-${process.platform}-${process.arch}${process.platform === 'linux' ? '-gnu' : ''}`,
);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of `width`×`height` filled with one colour. */
export function makePng(width = 4, height = 4, rgb: [number, number, number] = [255, 0, 0]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const svgText = `<?xml version="1.0" encoding="UTF-8"?>
<!-- made for a test -->
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>
`;

const recipes = {
  mp4: ['-f', 'lavfi', '-i', 'nullsrc=size=64x64:rate=10', '-t', '1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p'],
  webm: ['-f', 'lavfi', '-i', 'nullsrc=size=64x64:rate=10', '-t', '1', '-c:v', 'libvpx', '-pix_fmt', 'yuv420p'],
  mp3: ['-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '1', '-c:a', 'libmp3lame'],
  m4a: ['-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '1', '-c:a', 'aac', '-f', 'mp4', '-brand', 'M4A '],
  ogg: ['-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '1', '-c:a', 'libopus'],
  wav: ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-ac', '2', '-t', '1'],
  jpg: ['-f', 'lavfi', '-i', 'nullsrc=size=64x64', '-frames:v', '1', '-pix_fmt', 'yuvj420p'],
  gif: ['-f', 'lavfi', '-i', 'nullsrc=size=32x32:rate=5', '-t', '1', '-pix_fmt', 'rgb8'],
} as const;

export type MediaKind = keyof typeof recipes;

/**
 * A real media file of `kind`. `seconds` overrides the duration (a WAV is 192 KB per second, so it is
 * the way to make a large file quickly).
 */
export function makeMedia(kind: MediaKind, opts: { seconds?: number } = {}): Buffer {
  const out = path.join(os.tmpdir(), `cutroom-media-${randomBytes(6).toString('hex')}.${kind}`);
  const args: string[] = [...recipes[kind]];
  if (opts.seconds !== undefined) args[args.indexOf('-t') + 1] = String(opts.seconds);
  try {
    execFileSync(path.join(compositorDir, 'ffmpeg'), ['-hide_banner', '-loglevel', 'error', '-y', ...args, out], {
      env: { ...process.env, LD_LIBRARY_PATH: compositorDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}
