import { describe, expect, it } from 'vitest';
import { addTrack } from './add-track';
import { sampleDoc } from '../testing/fixtures';

describe('addTrack', () => {
  it('appends an empty track, sharing the others', () => {
    const doc = sampleDoc();
    const next = addTrack(doc);
    expect(next.tracks).toHaveLength(3);
    expect(next.tracks[2]).toEqual({ clips: [] });
    expect(next.tracks[0]).toBe(doc.tracks[0]);
  });

  it('inserts at an index', () => {
    const next = addTrack(sampleDoc(), { index: 0 });
    expect(next.tracks[0]).toEqual({ clips: [] });
    expect(next.tracks[1]?.clips).toHaveLength(2);
  });
});
