import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, VideoConfig } from '../video';
import { loadFixture } from '../video/testing/load-fixtures';
import { pixelAt, type RgbaImage } from './testing/decode-png';
import { createStillRenderer, type StillRenderer } from './testing/still-renderer';

// One bundle + one browser for the whole file; small canvases keep every still well under a second.
let renderer: StillRenderer;
beforeAll(async () => {
  renderer = await createStillRenderer();
}, 150_000);
afterAll(async () => {
  await renderer?.close();
});

const W = 160;
const H = 90;
const FPS = 10;
const meta = (background: VideoConfig['meta']['background'] = '#000000') => ({ version: '2.0.0', width: W, height: H, fps: FPS, background });
const config = (clips: Clip[], background?: VideoConfig['meta']['background']): VideoConfig => ({ meta: meta(background), tracks: [{ clips }] });
const red = [255, 0, 0] as const;
const black = [0, 0, 0] as const;

function expectColor(image: RgbaImage, x: number, y: number, rgb: readonly [number, number, number], tolerance = 24) {
  const [r, g, b] = pixelAt(image, x, y);
  const distance = Math.max(Math.abs(r - rgb[0]), Math.abs(g - rgb[1]), Math.abs(b - rgb[2]));
  expect(distance, `pixel (${x},${y}) is ${[r, g, b].join(',')}, expected about ${rgb.join(',')}`).toBeLessThanOrEqual(tolerance);
}

/** Columns (in a row band) where the pixel is bright: the horizontal extent of drawn text. */
function brightExtent(image: RgbaImage, y0: number, y1: number): number {
  let min = image.width;
  let max = -1;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = pixelAt(image, x, y);
      if (r + g + b > 380) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return max < 0 ? 0 : max - min + 1;
}

const box = (extra: Partial<Extract<Clip, { type: 'rect' }>>, fill = '#ff0000'): Clip => ({ type: 'rect', start: 0, duration: 2, style: { fill }, ...extra });

describe('the bundled composition', () => {
  it('is registered as "cutroom" and sized by calculateMetadata from the config', async () => {
    const c = { ...config([box({ start: 1, duration: 2.35 })]), meta: { ...meta(), width: 320, height: 240, fps: 20 } };
    expect(await renderer.metadata(c)).toEqual({ id: 'cutroom', width: 320, height: 240, fps: 20, durationInFrames: 67 });
  });
});

describe('placement', () => {
  it('a red rect anchored top-left at 0%,0% covers pixel (1,1) and nothing past its size', async () => {
    const image = await renderer.still(config([box({ transform: { x: '0%', y: '0%', anchor: 'top-left', width: 40, height: 20 } })]), 0);
    expectColor(image, 1, 1, red);
    expectColor(image, 38, 18, red);
    expectColor(image, 42, 22, black);
  });

  it('anchor bottom-right at 100%,100% pins the box to the bottom-right corner', async () => {
    const image = await renderer.still(config([box({ transform: { x: '100%', y: '100%', anchor: 'bottom-right', width: 40, height: 20 } })]), 0);
    expectColor(image, W - 2, H - 2, red);
    expectColor(image, W - 38, H - 18, red);
    expectColor(image, W - 42, H - 22, black);
  });

  it('numeric x/y are pixels from the canvas top-left; omitted x/y centre the box', async () => {
    const image = await renderer.still(
      config([box({ transform: { x: 100, y: 50, anchor: 'top-left', width: 20, height: 20 } }), box({ transform: { width: 10, height: 10 } }, '#00ff00')]),
      0,
    );
    expectColor(image, 105, 55, red);
    expectColor(image, 97, 47, black);
    expectColor(image, 80, 45, [0, 255, 0]);
    expectColor(image, 70, 45, black);
  });

  it('rotation turns the box around its anchor', async () => {
    const image = await renderer.still(config([box({ transform: { width: 80, height: 6, rotation: 90 } })]), 0);
    expectColor(image, 80, 15, red);
    expectColor(image, 60, 45, black);
  });
});

describe('paint order and opacity', () => {
  it('a higher zIndex is drawn on top even when listed first', async () => {
    const image = await renderer.still(config([box({ zIndex: 1 }, '#0000ff'), box({})]), 0);
    expectColor(image, 80, 45, [0, 0, 255]);
  });

  it('with equal zIndex the later-starting clip is on top', async () => {
    const image = await renderer.still(config([box({ start: 0.5 }, '#00ff00'), box({})]), 6);
    expectColor(image, 80, 45, [0, 255, 0]);
  });

  it('style.opacity wins over the clip opacity', async () => {
    const image = await renderer.still(config([box({ opacity: 1, style: { fill: '#ffffff', opacity: 0.5 } })]), 0);
    expectColor(image, 80, 45, [128, 128, 128], 6);
  });

  it('a fadeIn at half its duration shows about half opacity', async () => {
    const image = await renderer.still(config([box({ style: { fill: '#ffffff' }, animations: [{ type: 'fadeIn', duration: 1 }] })]), 5);
    expectColor(image, 80, 45, [128, 128, 128], 8);
  });

  it('a clip is gone after its window ends', async () => {
    const image = await renderer.still(config([box({ duration: 0.5 }), box({ start: 0, duration: 2, transform: { width: 4, height: 4 } }, '#00ff00')]), 6);
    expectColor(image, 20, 20, black);
  });
});

describe('track flags (Cutroom additions)', () => {
  it('a hidden track is not drawn; locked changes nothing in the picture', async () => {
    const c: VideoConfig = {
      meta: meta(),
      tracks: [{ locked: true, clips: [box({}, '#0000ff')] }, { hidden: true, clips: [box({ zIndex: 1 })] }],
    };
    expectColor(await renderer.still(c, 0), 80, 45, [0, 0, 255]);
    const shown = { ...c, tracks: [c.tracks[0]!, { ...c.tracks[1]!, hidden: false }] };
    expectColor(await renderer.still(shown, 0), 80, 45, red);
  });
});

describe('animations and transitions at known frames', () => {
  it('move from 0% to 100% is half way at half its duration', async () => {
    const clip = box({ transform: { anchor: 'top-left', width: 10, height: 10, y: 40 }, animations: [{ type: 'move', duration: 1, from: { x: '0%' }, to: { x: '100%' } }] });
    const image = await renderer.still(config([clip]), 5);
    expectColor(image, 85, 45, red);
    expectColor(image, 75, 45, black);
    expectColor(image, 95, 45, black);
  });

  it('a wipe at half way shows the left half only', async () => {
    const image = await renderer.still(config([box({ transition: { type: 'wipe', duration: 1, direction: 'right' } })]), 5);
    expectColor(image, 20, 45, red);
    expectColor(image, 140, 45, black);
  });

  it('an iris at half way shows the centre but not the corners', async () => {
    const image = await renderer.still(config([box({ transition: { type: 'iris', duration: 1 } })]), 5);
    expectColor(image, 80, 45, red);
    expectColor(image, 2, 2, black);
  });

  it('a slide at half way has travelled half the canvas', async () => {
    const image = await renderer.still(config([box({ transform: { width: 40, height: 40 }, transition: { type: 'slide', duration: 1, direction: 'left' } })]), 5);
    // Resting centre is x=80; entering from the right it is still 80 px (half the canvas) to the right.
    expectColor(image, 155, 45, red);
    expectColor(image, 80, 45, black);
  });

  it('keyframes drive the position', async () => {
    const clip = box({ transform: { anchor: 'top-left', y: 40, width: 10, height: 10 }, keyframes: [{ property: 'x', frames: [{ time: 0, value: 0 }, { time: 1, value: 100 }] }] });
    const image = await renderer.still(config([clip]), 5);
    expectColor(image, 55, 45, red);
    expectColor(image, 45, 45, black);
  });
});

describe('media', () => {
  const video = (extra: Partial<Extract<Clip, { type: 'video' }>>): Clip => ({
    type: 'video', src: 'media/color-steps.mp4', start: 0, duration: 4, transform: { width: '100%', height: '100%' }, ...extra,
  });

  it.each([
    ['no trim shows the first second (red)', {}, 0, [255, 0, 0]],
    ['source.start 1 starts on the green second', { source: { start: 1 } }, 0, [0, 255, 0]],
    ['source.start 2 starts on the blue second', { source: { start: 2 } }, 0, [0, 0, 255]],
    ['playbackRate 2 reaches the blue second 0.6 s in from source 1', { source: { start: 1 }, playbackRate: 2 }, 6, [0, 0, 255]],
  ] as const)('video trim: %s', async (_what, extra, frame, rgb) => {
    const image = await renderer.still(config([video(extra)]), frame);
    expectColor(image, 80, 45, rgb, 40);
  });

  it('source.end ends the clip early: nothing drawn after the trimmed range', async () => {
    const image = await renderer.still(config([video({ source: { start: 0, end: 1 } }), box({ duration: 3, transform: { width: 2, height: 2, x: 0, y: 0 } })]), 15);
    expectColor(image, 80, 45, black, 10);
  });

  it('an image fills its box (objectFit fill) with the quadrants where they belong', async () => {
    const image = await renderer.still(config([{ type: 'image', src: 'media/quadrants.png', start: 0, duration: 1, transform: { width: '100%', height: '100%' }, style: { objectFit: 'fill' } }]), 0);
    expectColor(image, 10, 10, [255, 0, 0]);
    expectColor(image, 150, 10, [0, 255, 0]);
    expectColor(image, 10, 80, [0, 0, 255]);
    expectColor(image, 150, 80, [255, 255, 255]);
  });

  it('assets.fonts are loaded before the frame: monospace "i"s are much wider than the fallback', async () => {
    const text: Clip = { type: 'text', text: 'iiiiii', start: 0, duration: 1, style: { fontFamily: 'Brand Mono', fontSize: 24, fill: '#ffffff' } };
    const withFont: VideoConfig = { ...config([text]), assets: { fonts: [{ id: 'mono', family: 'Brand Mono', src: 'media/source-code-pro-500.woff2', weight: 500 }] } };
    const loaded = brightExtent(await renderer.still(withFont, 0), 30, 60);
    const fallback = brightExtent(await renderer.still(config([text]), 0), 30, 60);
    expect(fallback).toBeGreaterThan(0);
    expect(loaded).toBeGreaterThan(fallback * 1.5);
  });
});

describe('backgrounds, shapes, layout, subtitles, templates', () => {
  it('a linear gradient at 90° runs from its first stop on the left to its last on the right', async () => {
    const image = await renderer.still(config([], { type: 'linear', angle: 90, stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#0000ff' }] }), 0);
    expectColor(image, 1, 45, [255, 0, 0], 12);
    expectColor(image, W - 2, 45, [0, 0, 255], 12);
  });

  it('a transparent background leaves the canvas transparent', async () => {
    const image = await renderer.still(config([box({ transform: { width: 10, height: 10 } })], 'transparent'), 0);
    expect(pixelAt(image, 2, 2)[3]).toBe(0);
    expect(pixelAt(image, 80, 45)[3]).toBe(255);
  });

  it('a circle fills its centre but not the corners of its box', async () => {
    const image = await renderer.still(config([{ type: 'circle', start: 0, duration: 1, size: 80, style: { fill: '#ff0000' } }]), 0);
    expectColor(image, 80, 45, red);
    expectColor(image, 80 - 38, 45 - 38, black);
  });

  it('a horizontal layout places its children side by side', async () => {
    const layout: Clip = {
      type: 'layout', start: 0, duration: 1, direction: 'horizontal', gap: 20,
      children: [{ type: 'rect', style: { fill: '#ff0000' } }, { type: 'rect', style: { fill: '#0000ff' } }],
    };
    const image = await renderer.still(config([layout]), 0);
    expectColor(image, 30, 45, [255, 0, 0]);
    expectColor(image, 80, 45, black);
    expectColor(image, 130, 45, [0, 0, 255]);
  });

  it('a subtitle highlights the word being spoken', async () => {
    const words = [{ word: 'aa', punctuated_word: 'MMM', start: 0, end: 0.5 }, { word: 'bb', punctuated_word: 'MMM', start: 0.5, end: 1 }];
    const subtitle: Clip = { type: 'subtitle', start: 0, duration: 1, words, config: { fontSize: 20, highlightColor: '#00ff00', textColor: '#ffffff', backgroundColor: 'transparent', position: 'center' } };
    const image = await renderer.still(config([subtitle]), 2);
    let green = 0;
    for (let x = 0; x < W; x++) for (let y = 30; y < 60; y++) {
      const [r, g, b] = pixelAt(image, x, y);
      if (g > 200 && r < 80 && b < 80) green++;
    }
    expect(green).toBeGreaterThan(10);
  });

  it('a countdown template draws its first number at frame 0', async () => {
    const image = await renderer.still(config([{ type: 'template', template: 'countdown', start: 0, duration: 3, data: { textColor: '#ffffff' } }]), 0);
    expect(brightExtent(image, 20, 70)).toBeGreaterThan(5);
  });

  it.each(['product-promo', 'captioned-talking-head', 'clip-svg'])(
    'the %s fixture renders',
    async (name) => {
      const fixture = loadFixture(name) as VideoConfig;
      const image = await renderer.still(fixture, 15, 160 / fixture.meta.width);
      expect(image.width).toBe(160);
      // Something other than the background was drawn.
      let distinct = 0;
      const first = pixelAt(image, 0, 0).join();
      for (let x = 0; x < image.width; x += 4) for (let y = 0; y < image.height; y += 4) if (pixelAt(image, x, y).join() !== first) distinct++;
      expect(distinct).toBeGreaterThan(20);
    },
  );
});
