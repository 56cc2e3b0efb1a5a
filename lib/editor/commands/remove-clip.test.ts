import { describe, expect, it } from 'vitest';
import { removeClip } from './remove-clip';
import { sampleDoc } from '../testing/fixtures';

describe('removeClip', () => {
  it('removes the clip and shifts the later ones', () => {
    const doc = sampleDoc();
    const next = removeClip(doc, { ref: { trackIndex: 0, clipIndex: 0 } });
    expect(next.tracks[0]?.clips).toHaveLength(1);
    expect(next.tracks[0]?.clips[0]).toBe(doc.tracks[0]?.clips[1]);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
  });

  it('returns the same document for a missing clip', () => {
    const doc = sampleDoc();
    expect(removeClip(doc, { ref: { trackIndex: 0, clipIndex: 5 } })).toBe(doc);
  });
});
