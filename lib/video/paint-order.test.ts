import { describe, expect, it } from 'vitest';
import { newVideoConfig } from './defaults';
import { paintOrder } from './paint-order';
import type { Clip, VideoConfig } from './schema';

const rect = (id: string, start: number, zIndex?: number): Clip => ({ type: 'rect', id, start, duration: 1, zIndex });

function ids(config: VideoConfig): string[] {
  return paintOrder(config).map((p) => p.clip.id ?? '?');
}

describe('paintOrder', () => {
  it('sorts by zIndex first, regardless of track order', () => {
    const config: VideoConfig = { ...newVideoConfig(), tracks: [{ clips: [rect('top', 0, 5)] }, { clips: [rect('bottom', 0, -1), rect('mid', 0)] }] };
    expect(ids(config)).toEqual(['bottom', 'mid', 'top']);
  });

  it('draws a later-starting clip above an earlier one with the same zIndex', () => {
    const config: VideoConfig = { ...newVideoConfig(), tracks: [{ clips: [rect('late', 2), rect('early', 1)] }] };
    expect(ids(config)).toEqual(['early', 'late']);
  });

  it('keeps document order (track, then clip) for equal zIndex and start', () => {
    const config: VideoConfig = { ...newVideoConfig(), tracks: [{ clips: [rect('a', 0), rect('b', 0)] }, { clips: [rect('c', 0)] }] };
    expect(ids(config)).toEqual(['a', 'b', 'c']);
    expect(paintOrder(config).map((p) => [p.trackIndex, p.clipIndex])).toEqual([[0, 0], [0, 1], [1, 0]]);
  });
});
