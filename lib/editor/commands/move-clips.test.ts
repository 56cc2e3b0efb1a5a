import { describe, expect, it } from 'vitest';
import { moveClips, movedClipRefs } from './move-clips';
import { sampleDoc } from '../testing/fixtures';

const text = { trackIndex: 0, clipIndex: 0 };
const rect = { trackIndex: 0, clipIndex: 1 };
const video = { trackIndex: 1, clipIndex: 0 };

describe('moveClips', () => {
  it('moves every clip by the same time, in place, sharing untouched tracks', () => {
    const doc = sampleDoc();
    const next = moveClips(doc, { refs: [rect, text], delta: 1.5 });
    expect(next.tracks[0]?.clips.map((c) => c.start)).toEqual([1.5, 6.5]);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
    expect(movedClipRefs(doc, { refs: [rect, text], delta: 1.5 })).toEqual([text, rect]);
  });

  it('stops the group at 0 (the earliest clip), keeping the offsets', () => {
    const next = moveClips(sampleDoc(), { refs: [text, rect], delta: -3 });
    expect(next.tracks[0]?.clips.map((c) => c.start)).toEqual([0, 5]);
    expect(moveClips(sampleDoc(), { refs: [rect, video], delta: -3 }).tracks[1]?.clips[0]?.start).toBe(0);
  });

  it('moves across tracks together and says where each clip landed', () => {
    const doc = sampleDoc();
    const args = { refs: [rect], delta: 0, trackDelta: 1 };
    const next = moveClips(doc, args);
    expect(next.tracks[0]?.clips).toHaveLength(1);
    expect(next.tracks[1]?.clips[1]).toMatchObject({ type: 'rect', start: 5 });
    expect(movedClipRefs(doc, args)).toEqual([{ trackIndex: 1, clipIndex: 1 }]);
  });

  it('keeps the group inside the track list', () => {
    const doc = sampleDoc();
    // text (track 0) and video (track 1) cannot go up: track 2 does not exist.
    expect(moveClips(doc, { refs: [text, video], delta: 0, trackDelta: 1 })).toBe(doc);
    expect(moveClips(doc, { refs: [rect], delta: 0, trackDelta: -4 })).toBe(doc);
  });
});
