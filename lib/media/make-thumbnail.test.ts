import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeThumbnail } from './make-thumbnail';
import { sanitizeSvg } from './sanitize-svg';
import * as fx from './testing/media-fixtures';

const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const webp = (file: string) => fs.readFileSync(file).subarray(8, 12).toString('ascii');

describe('makeThumbnail', () => {
  it('makes a 320 px wide WebP of a large image, keeping its colour', async () => {
    const out = path.join(dir, 'big.webp');
    await makeThumbnail(fx.png(dir, 1280, 720), out);
    expect(webp(out)).toBe('WEBP');
    expect(fx.imageSize(out)).toEqual({ width: 320, height: 180 });
    const [r, g, b] = fx.averageColour(out, { x: 100, y: 50, w: 50, h: 50 });
    expect(Math.abs(r - 0x1e) + Math.abs(g - 0x64) + Math.abs(b - 0xc8)).toBeLessThan(30);
  });

  it('never enlarges: a 1×1 image gives a 1×1 thumbnail', async () => {
    const out = path.join(dir, 'tiny.webp');
    await makeThumbnail(fx.png(dir, 1, 1), out);
    expect(fx.imageSize(out)).toEqual({ width: 1, height: 1 });
  });

  it('rasterizes a (sanitized) SVG', async () => {
    const clean = sanitizeSvg(fx.maliciousSvg);
    if (!clean.ok) throw new Error(clean.reason);
    const svg = path.join(dir, 'logo.svg');
    fs.writeFileSync(svg, clean.svg);
    const out = path.join(dir, 'svg.webp');
    await makeThumbnail(svg, out);
    expect(fx.imageSize(out)).toEqual({ width: 40, height: 20 });
  });
});
