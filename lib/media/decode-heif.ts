import fsp from 'node:fs/promises';
import path from 'node:path';
import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** HEIC/HEIF stills (an iPhone's photos): Debian's ffmpeg 5.1 cannot read them, and Chromium cannot draw them. */
export const HEIF_MIME_TYPES = new Set(['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence']);

export const isHeif = (mimeType: string | null | undefined) => HEIF_MIME_TYPES.has((mimeType ?? '').toLowerCase());

/**
 * Runs in a child Node process (at the lowest CPU priority, with a timeout, like the other tools):
 * decodes the primary image with heic-decode (libheif compiled to WebAssembly: no native binary, no
 * download) and writes its RGBA pixels raw. Prints the size and whether any pixel is see-through.
 */
const DECODE_SCRIPT = `
const fs = require('node:fs');
const [input, raw, modulePath] = process.argv.slice(1);
require(modulePath)({ buffer: fs.readFileSync(input) }).then(({ width, height, data }) => {
  let hasAlpha = false;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) { hasAlpha = true; break; }
  fs.writeFileSync(raw, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  process.stdout.write(JSON.stringify({ width, height, hasAlpha }));
}, (err) => { process.stderr.write(String(err && err.message || err)); process.exit(1); });
`;

export interface DecodedHeif {
  /** The drawable copy: JPEG, or PNG when the picture has transparency. */
  path: string;
  name: 'image.jpg' | 'image.png';
  width: number;
  height: number;
}

/**
 * Decodes a HEIC/HEIF still into a JPEG (PNG if it has transparency) in `workDir`, full size: the copy
 * that thumbnails, the editor's preview and renders use in place of the original.
 */
export async function decodeHeif(input: string, workDir: string, opts: { tools?: MediaTools; signal?: AbortSignal } = {}): Promise<DecodedHeif> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  const raw = path.join(workDir, 'heif.rgba');
  const modulePath = path.join(process.cwd(), 'node_modules', 'heic-decode');
  try {
    const out = await runTool(process.execPath, ['-e', DECODE_SCRIPT, input, raw, modulePath], { what: 'decoding the HEIC/HEIF image', timeoutMs: 120_000, signal: opts.signal });
    const { width, height, hasAlpha } = JSON.parse(out.toString('utf8')) as { width: number; height: number; hasAlpha: boolean };
    const name = hasAlpha ? 'image.png' : 'image.jpg';
    const output = path.join(workDir, name);
    await runTool(
      ffmpeg,
      ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${width}x${height}`, '-i', raw, '-frames:v', '1',
        ...(hasAlpha ? ['-c:v', 'png', '-f', 'image2'] : ['-pix_fmt', 'yuvj444p', '-q:v', '2', '-c:v', 'mjpeg', '-f', 'image2']), output],
      { what: 'saving the decoded HEIC/HEIF image', timeoutMs: 120_000, signal: opts.signal },
    );
    return { path: output, name, width, height };
  } finally {
    await fsp.rm(raw, { force: true });
  }
}
