import { describe, expect, it } from 'vitest';
import { duplicateClip } from './duplicate-clip';
import { sampleDoc } from '../testing/fixtures';

describe('duplicateClip', () => {
  it('places a copy right after the original, in time and in the list', () => {
    const doc = sampleDoc();
    const next = duplicateClip(doc, { ref: { trackIndex: 0, clipIndex: 0 } });
    expect(next.tracks[0]?.clips).toHaveLength(3);
    expect(next.tracks[0]?.clips[1]).toMatchObject({ type: 'text', text: 'Hello', start: 4, duration: 4 });
    expect(next.tracks[0]?.clips[2]).toBe(doc.tracks[0]?.clips[1]);
  });
});
