import { describe, expect, it } from 'vitest';
import { filmstripLayout, parseWaveform, pickWaveformLevel, waveformPath, waveformPeaks } from './media-strips';

const strip = { url: 's.jpg', indexUrl: null, tileWidth: 160, tileHeight: 90, columns: 10, count: 25, interval: 1 };

describe('filmstrip layout', () => {
  it('fills the clip with tiles of the source time under each slot', () => {
    const layout = filmstripLayout(strip, { widthPx: 400, heightPx: 36, zoom: 64, sourceStart: 0, rate: 1 });
    // 36 px high → 64 px wide tiles; 400 px → 7 slots; slot k's middle is (k + 0.5) s.
    expect(layout.slots).toHaveLength(7);
    expect(layout.slots.map((s) => s.tile)).toEqual([1, 2, 3, 4, 5, 6, 6]);
    expect(layout.backgroundWidth).toBe(640);
    expect(layout.backgroundHeight).toBe(108);
    expect(layout.slots[1]).toMatchObject({ backgroundX: -128, backgroundY: -0 });
  });

  it('follows the trim and the speed, and never asks for a tile past the last', () => {
    const trimmed = filmstripLayout(strip, { widthPx: 64, heightPx: 36, zoom: 64, sourceStart: 12, rate: 2 });
    expect(trimmed.slots[0]).toMatchObject({ tile: 13, backgroundX: -192, backgroundY: -36 }); // 12 + 0.5 × 2
    const late = filmstripLayout(strip, { widthPx: 64, heightPx: 36, zoom: 64, sourceStart: 100, rate: 1 });
    expect(late.slots[0]?.tile).toBe(24);
  });

  it('caps the number of slots when zoomed far out on a long clip', () => {
    const layout = filmstripLayout(strip, { widthPx: 100_000, heightPx: 36, zoom: 1, sourceStart: 0, rate: 1 });
    expect(layout.slots.length).toBe(400);
    expect(layout.slots[1]!.left).toBe(250);
  });
});

describe('waveform', () => {
  const wave = parseWaveform({
    version: 1,
    duration: 2,
    channels: 1,
    levels: [
      { bucketSeconds: 0.25, data: [-10, 10, -127, 127, 0, 0, -64, 64, 0, 0, 0, 0, 0, 0, -1, 1] },
      { bucketSeconds: 1, data: [-127, 127, -1, 64] },
    ],
  })!;

  it('picks the level that matches the zoom', () => {
    expect(pickWaveformLevel(wave, 0.1).bucketSeconds).toBe(0.25);
    expect(pickWaveformLevel(wave, 2).bucketSeconds).toBe(1);
  });

  it('gives min/max per column over the visible source range', () => {
    expect(waveformPeaks(wave, { from: 0, to: 1, columns: 4 })).toEqual([
      [-10 / 127, 10 / 127],
      [-1, 1],
      [0, 0],
      [-64 / 127, 64 / 127],
    ]);
    expect(waveformPeaks(wave, { from: 0, to: 2, columns: 1 })).toEqual([[-1, 1]]);
    expect(waveformPeaks(wave, { from: 5, to: 6, columns: 2 })).toEqual([[0, 0], [0, 0]]);
  });

  it('draws the peaks as one path: a bar per column about the middle, at least 1 unit tall', () => {
    // 2 columns in a 10-high box: full scale (0 → 10), then silence (a 1-unit line from the middle).
    expect(waveformPath([[-1, 1], [0, 0]], 10)).toBe('M0 0H1V5H2V6H1V10H0Z');
    expect(waveformPath([], 10)).toBe('');
  });

  it('rejects what is not a waveform', () => {
    expect(parseWaveform({ levels: 'x' })).toBeNull();
    expect(parseWaveform(null)).toBeNull();
  });
});
