import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFilmstrip, MAX_TILES, planFilmstrip } from './make-filmstrip';
import * as fx from './testing/media-fixtures';

const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const close = (a: number[], b: number[], tolerance = 40) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe('planFilmstrip', () => {
  it('lays tile i at (i % columns, floor(i / columns)) showing i × interval', () => {
    const plan = planFilmstrip({ duration: 25, width: 1920, height: 1080 });
    expect(plan).toMatchObject({ interval: 0.5, count: 50, columns: 10, rows: 5, tileWidth: 160, tileHeight: 90 });
    expect(plan.tiles[13]).toEqual({ time: 6.5, x: 3 * 160, y: 90 });
  });

  it('keeps a 3-hour video under MAX_TILES by widening the interval', () => {
    const plan = planFilmstrip({ duration: 3 * 3600, width: 1280, height: 720 });
    expect(plan.count).toBeLessThanOrEqual(MAX_TILES);
    expect(plan.interval).toBe(300);
  });

  it('follows a portrait picture’s aspect ratio', () => {
    expect(planFilmstrip({ duration: 2, width: 1080, height: 1920 }).tileWidth).toBe(50);
  });
});

describe('makeFilmstrip', () => {
  const source = fx.h264WithAudio(dir, 4);

  it.each(['keyframes', 'seek'] as const)('puts the frame of each tile’s time in its tile (%s; a keyframe every second)', async (strategy) => {
    const output = path.join(dir, `strip-${strategy}.jpg`);
    const layout = await makeFilmstrip({ input: source, output, workDir: path.join(dir, strategy), duration: 4, fps: 10, width: 64, height: 36, strategy });
    expect(layout.interval).toBe(0.5);
    expect(fx.imageSize(output)).toEqual({ width: layout.columns * layout.tileWidth, height: layout.rows * layout.tileHeight });
    for (const tile of layout.tiles) {
      const seen = fx.averageColour(output, { x: tile.x + 20, y: tile.y + 20, w: layout.tileWidth - 40, h: layout.tileHeight - 40 });
      const expected = fx.stepColour(Math.floor(tile.time + 1e-6));
      expect(close(seen, expected), `tile at ${tile.time}s: saw ${seen}, expected ${expected}`).toBe(true);
    }
  });

  it('keyframes: a tile never shows a later moment than its time, only the last keyframe at or before it', async () => {
    // A keyframe every 2 s (the colour changes every second): tiles at 1.0 and 1.5 s show second 0's colour.
    const sparse = path.join(dir, 'sparse-gop.mp4');
    fx.run(['-f', 'lavfi', '-i', fx.colourSteps('64x36', 10, 4), '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '20', '-pix_fmt', 'yuv420p', sparse]);
    const output = path.join(dir, 'strip-sparse.jpg');
    const layout = await makeFilmstrip({ input: sparse, output, workDir: path.join(dir, 'sparse'), duration: 4, fps: 10, width: 64, height: 36, strategy: 'keyframes' });
    expect(layout.tiles.map((t) => t.time)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
    for (const tile of layout.tiles) {
      const seen = fx.averageColour(output, { x: tile.x + 20, y: tile.y + 20, w: layout.tileWidth - 40, h: layout.tileHeight - 40 });
      const expected = fx.stepColour(2 * Math.floor(tile.time / 2 + 1e-6));
      expect(close(seen, expected), `tile at ${tile.time}s: saw ${seen}, expected ${expected}`).toBe(true);
    }
  });
});
