import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, VideoConfig } from '../video';
import { pixelAt, type RgbaImage } from './testing/decode-png';
import { createStillRenderer, type StillRenderer } from './testing/still-renderer';

// The newest clip types (line, path, icon, code, three) drawn by the real bundle in the real
// Chromium: one bundle + one browser for the file, tiny canvases.
let renderer: StillRenderer;
beforeAll(async () => {
  renderer = await createStillRenderer();
}, 600_000);
afterAll(async () => {
  await renderer?.close();
});

const W = 160;
const H = 90;
const FPS = 10;
const config = (clips: Clip[], assets?: VideoConfig['assets']): VideoConfig => ({
  meta: { version: '2.0.0', width: W, height: H, fps: FPS, background: '#000000' },
  ...(assets ? { assets } : {}),
  tracks: [{ clips }],
});

type Rgb = readonly [number, number, number];
const distance = (image: RgbaImage, x: number, y: number, rgb: Rgb) => {
  const [r, g, b] = pixelAt(image, x, y);
  return Math.max(Math.abs(r - rgb[0]), Math.abs(g - rgb[1]), Math.abs(b - rgb[2]));
};
function expectColor(image: RgbaImage, x: number, y: number, rgb: Rgb, tolerance = 40) {
  expect(distance(image, x, y, rgb), `pixel (${x},${y}) is ${pixelAt(image, x, y).slice(0, 3).join(',')}, expected about ${rgb.join(',')}`).toBeLessThanOrEqual(tolerance);
}
/** How many pixels of the image are within `tolerance` of a colour. */
function countColor(image: RgbaImage, rgb: Rgb, tolerance = 30, region = { x0: 0, y0: 0, x1: image.width, y1: image.height }): number {
  let n = 0;
  for (let y = region.y0; y < region.y1; y++) for (let x = region.x0; x < region.x1; x++) if (distance(image, x, y, rgb) <= tolerance) n++;
  return n;
}
/** Leftmost and rightmost column holding a pixel that is not the background in a row band. */
function extent(image: RgbaImage, y0: number, y1: number, isInk: (p: [number, number, number, number]) => boolean): [number, number] {
  let min = image.width;
  let max = -1;
  for (let y = y0; y < y1; y++) for (let x = 0; x < image.width; x++) if (isInk(pixelAt(image, x, y))) [min, max] = [Math.min(min, x), Math.max(max, x)];
  return [min, max];
}
const cyan = [56, 189, 248] as const;
const black = [0, 0, 0] as const;

describe('line and path', () => {
  const reveal: Clip = {
    type: 'line',
    start: 0,
    duration: 3,
    points: [[20, 45], [140, 45]],
    lineWidth: 8,
    style: { stroke: '#38bdf8' },
    keyframes: [{ property: 'drawEnd', frames: [{ time: 0, value: 0 }, { time: 2, value: 1 }] }],
  };
  it('a line is drawn half-way at the middle of its reveal, fully at its end', async () => {
    const middle = await renderer.still(config([reveal]), 10);
    expectColor(middle, 25, 45, cyan);
    expectColor(middle, 75, 45, cyan);
    expectColor(middle, 86, 45, black);
    expectColor(middle, 135, 45, black);
    const end = await renderer.still(config([reveal]), 20);
    expectColor(end, 135, 45, cyan);
    const start = await renderer.still(config([reveal]), 0);
    expect(countColor(start, cyan)).toBe(0);
  });

  it('an end arrow is wider than the stroke at the tip; a closed path fills', async () => {
    const image = await renderer.still(
      config([
        { type: 'line', start: 0, duration: 1, points: [[10, 20], [100, 20]], lineWidth: 2, endArrow: true, arrowSize: 16, style: { stroke: '#38bdf8' } },
        { type: 'path', start: 0, duration: 1, data: 'M 110 50 L 150 50 L 150 85 L 110 85', closed: true, lineWidth: 2, style: { stroke: '#ffffff', fill: '#ff0000' } },
      ]),
      0,
    );
    expectColor(image, 89, 24, cyan); // inside the arrowhead (11 px from its tip: ±5.5 px), 4 px below the 2 px stroke
    expectColor(image, 50, 24, black); // no head mid-line
    expectColor(image, 130, 68, [255, 0, 0]);
  });
});

describe('icon', () => {
  it('lucide:circle draws a ring in its colour: the rim is painted, the centre is not', async () => {
    const image = await renderer.still(config([{ type: 'icon', start: 0, duration: 1, icon: 'lucide:circle', color: '#38bdf8', transform: { x: 80, y: 45, width: 72, height: 72 } }]), 0);
    // viewBox 24: r = 10 → 30 px at 72 px; stroke 2 → 6 px.
    expectColor(image, 80, 45, black);
    expectColor(image, 80 + 30, 45, cyan);
    expectColor(image, 80, 45 - 30, cyan);
    expectColor(image, 80 + 20, 45, black);
  });
});

describe('code', () => {
  const snippet = (theme: 'github-dark' | 'github-light'): Clip => ({
    type: 'code',
    start: 0,
    duration: 1,
    code: 'const answer = 42;',
    language: 'typescript',
    theme,
    fontSize: 14,
    transform: { x: 0, y: 0, anchor: 'top-left' },
  });
  it('tokens take the theme colours: keyword, number, background', async () => {
    const dark = await renderer.still(config([snippet('github-dark')]), 0);
    expectColor(dark, 4, 16, [0x24, 0x29, 0x2e], 12); // github-dark background (below the rounded corner)
    expect(countColor(dark, [0xf9, 0x75, 0x83])).toBeGreaterThan(8); // `const`
    expect(countColor(dark, [0x79, 0xb8, 0xff])).toBeGreaterThan(4); // `42`
    const light = await renderer.still(config([snippet('github-light')]), 0);
    expectColor(light, 4, 16, [0xff, 0xff, 0xff], 12);
    expect(countColor(light, [0xd7, 0x3a, 0x49])).toBeGreaterThan(8); // `const` in github-light
    expect(countColor(light, [0xf9, 0x75, 0x83], 12)).toBe(0);
  });
});

describe('three', () => {
  const cube = (animations: NonNullable<NonNullable<Extract<Clip, { type: 'three' }>['objects']>[number]['animations']>): Clip => ({
    type: 'three',
    start: 0,
    duration: 2,
    camera: { fov: 40, position: [0, 0, 5], lookAt: [0, 0, 0] },
    objects: [{ shape: 'box', geometry: { width: 1.4, height: 1.4, depth: 1.4 }, material: { type: 'basic', color: '#ff0000' }, animations }],
  });
  const isRed = (p: [number, number, number, number]) => p[0] > 150 && p[1] < 80 && p[2] < 80;
  it("a cube's silhouette is centred and square, and widens as it turns 45° about y", async () => {
    const c = config([cube([{ property: 'rotation.y', from: 0, to: 90, duration: 2 }])]);
    const front = await renderer.still(c, 0);
    expectColor(front, 80, 45, [255, 0, 0]);
    expectColor(front, 5, 45, black);
    const [l0, r0] = extent(front, 44, 46, isRed);
    const turned = await renderer.still(c, 10);
    const [l1, r1] = extent(turned, 44, 46, isRed);
    expect(Math.abs((l0 + r0) / 2 - 80)).toBeLessThanOrEqual(2);
    // Perspective from z = 5: face-on, the front face (half side 0.7 at depth 4.3) spans 0.7/4.3; turned
    // 45°, the side edges (0.99 from the axis at depth 5) span 0.99/5: 1.216 times wider.
    expect((r1 - l1) / (r0 - l0)).toBeCloseTo(1.216, 1);
    expect(Math.abs((l1 + r1) / 2 - 80)).toBeLessThanOrEqual(2);
  });

  it('a GLB model from assets.models is loaded before the frame is taken', async () => {
    const image = await renderer.still(
      config(
        [{ type: 'three', start: 0, duration: 1, camera: { position: [0, 0, 4] }, lights: [{ type: 'ambient', intensity: 3 }], objects: [{ model: { $ref: 'cube' }, autoScale: 1.5 }] }],
        { models: [{ id: 'cube', src: 'media/cube.glb' }] },
      ),
      0,
    );
    expect(isRed(pixelAt(image, 80, 45))).toBe(true);
    expectColor(image, 5, 5, black);
  });
});
