import { describe, expect, it } from 'vitest';
import { moveTrack, movedTrackIndex } from './move-track';
import { sampleDoc } from '../testing/fixtures';

describe('moveTrack', () => {
  it('moves a track with its clips', () => {
    const doc = { ...sampleDoc(), tracks: [{ id: 'A', clips: [] }, { id: 'B', clips: [] }, { id: 'C', clips: [] }] };
    expect(moveTrack(doc, { from: 0, to: 2 }).tracks.map((t) => t.id)).toEqual(['B', 'C', 'A']);
    expect(moveTrack(doc, { from: 2, to: 0 }).tracks.map((t) => t.id)).toEqual(['C', 'A', 'B']);
    expect(moveTrack(doc, { from: 1, to: 9 }).tracks.map((t) => t.id)).toEqual(['A', 'C', 'B']);
    expect(moveTrack(doc, { from: 1, to: 1 })).toBe(doc);
  });

  it('tells where other indices go', () => {
    expect([0, 1, 2].map((i) => movedTrackIndex(i, { from: 0, to: 2 }))).toEqual([2, 0, 1]);
    expect([0, 1, 2].map((i) => movedTrackIndex(i, { from: 2, to: 0 }))).toEqual([1, 2, 0]);
  });
});
