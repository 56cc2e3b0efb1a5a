import { describe, expect, it } from 'vitest';
import { copyClipAt, placeClips } from './place-clips';
import { sampleDoc } from '../testing/fixtures';

describe('placeClips', () => {
  it('appends clips, adding tracks on top when asked, and returns where they went', () => {
    const doc = sampleDoc();
    const clip = copyClipAt({ type: 'rect', id: 'x', start: 0, duration: 1 }, 2);
    expect(clip).toEqual({ type: 'rect', start: 2, duration: 1 });
    const { doc: next, refs } = placeClips(doc, [{ trackIndex: 0, clip }, { trackIndex: 3, clip }]);
    expect(refs).toEqual([{ trackIndex: 0, clipIndex: 2 }, { trackIndex: 3, clipIndex: 0 }]);
    expect(next.tracks).toHaveLength(4);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
  });
});
