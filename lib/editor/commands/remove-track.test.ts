import { describe, expect, it } from 'vitest';
import { removeTrack } from './remove-track';
import { sampleDoc } from '../testing/fixtures';

describe('removeTrack', () => {
  it('removes a track with its clips', () => {
    const doc = sampleDoc();
    const next = removeTrack(doc, { trackIndex: 0 });
    expect(next.tracks).toHaveLength(1);
    expect(next.tracks[0]).toBe(doc.tracks[1]);
  });

  it('keeps the last track', () => {
    const one = removeTrack(sampleDoc(), { trackIndex: 0 });
    expect(removeTrack(one, { trackIndex: 0 })).toBe(one);
  });
});
