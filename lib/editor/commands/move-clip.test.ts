import { describe, expect, it } from 'vitest';
import { moveClip, movedClipRef } from './move-clip';
import { sampleDoc } from '../testing/fixtures';

describe('moveClip', () => {
  it('changes start only, keeping the clip in place', () => {
    const doc = sampleDoc();
    const next = moveClip(doc, { ref: { trackIndex: 0, clipIndex: 1 }, start: 8.5 });
    expect(next.tracks[0]?.clips[1]).toMatchObject({ type: 'rect', start: 8.5, duration: 2 });
    expect(next.tracks[0]?.clips[0]).toBe(doc.tracks[0]?.clips[0]);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
  });

  it('never goes before 0', () => {
    const next = moveClip(sampleDoc(), { ref: { trackIndex: 0, clipIndex: 1 }, start: -3 });
    expect(next.tracks[0]?.clips[1]?.start).toBe(0);
  });

  it('is a no-op (same reference) when nothing changes', () => {
    const doc = sampleDoc();
    expect(moveClip(doc, { ref: { trackIndex: 0, clipIndex: 1 }, start: 5 })).toBe(doc);
    expect(moveClip(doc, { ref: { trackIndex: 3, clipIndex: 0 }, start: 1 })).toBe(doc);
  });

  it('moves to another track, appending there', () => {
    const doc = sampleDoc();
    const args = { ref: { trackIndex: 0, clipIndex: 0 }, start: 2, trackIndex: 1 };
    const next = moveClip(doc, args);
    expect(next.tracks[0]?.clips).toHaveLength(1);
    expect(next.tracks[1]?.clips).toHaveLength(2);
    expect(next.tracks[1]?.clips[1]).toMatchObject({ type: 'text', text: 'Hello', start: 2 });
    expect(movedClipRef(doc, args)).toEqual({ trackIndex: 1, clipIndex: 1 });
  });

  it('clamps the destination track into range', () => {
    const doc = sampleDoc();
    const args = { ref: { trackIndex: 0, clipIndex: 0 }, start: 0, trackIndex: 7 };
    expect(moveClip(doc, args).tracks[1]?.clips).toHaveLength(2);
    expect(movedClipRef(doc, args)).toEqual({ trackIndex: 1, clipIndex: 1 });
  });
});
