import { describe, expect, it } from 'vitest';
import { removeClips } from './remove-clips';
import { sampleDoc } from '../testing/fixtures';

describe('removeClips', () => {
  it('removes clips of several tracks at once, whatever the order of the refs', () => {
    const next = removeClips(sampleDoc(), { refs: [{ trackIndex: 1, clipIndex: 0 }, { trackIndex: 0, clipIndex: 1 }, { trackIndex: 0, clipIndex: 0 }] });
    expect(next.tracks.map((t) => t.clips.length)).toEqual([0, 0]);
  });

  it('ignores refs that point nowhere and leaves other tracks shared', () => {
    const doc = sampleDoc();
    const next = removeClips(doc, { refs: [{ trackIndex: 0, clipIndex: 1 }, { trackIndex: 0, clipIndex: 9 }, { trackIndex: 7, clipIndex: 0 }] });
    expect(next.tracks[0]?.clips.map((c) => c.type)).toEqual(['text']);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
    expect(removeClips(doc, { refs: [{ trackIndex: 5, clipIndex: 0 }] })).toBe(doc);
  });
});
