import { describe, expect, it } from 'vitest';
import { trimClip } from './trim-clip';
import { sampleDoc } from '../testing/fixtures';

const rect = { trackIndex: 0, clipIndex: 1 }; // 5–7 s
const video = { trackIndex: 1, clipIndex: 0 }; // 1–7 s

describe('trimClip', () => {
  it('moves the end edge', () => {
    const next = trimClip(sampleDoc(), { ref: rect, edge: 'end', time: 9 });
    expect(next.tracks[0]?.clips[1]).toMatchObject({ start: 5, duration: 4 });
  });

  it('moves the start edge keeping the end', () => {
    const next = trimClip(sampleDoc(), { ref: rect, edge: 'start', time: 4 });
    expect(next.tracks[0]?.clips[1]).toMatchObject({ start: 4, duration: 3 });
  });

  it('keeps at least one frame', () => {
    const doc = sampleDoc();
    expect(trimClip(doc, { ref: rect, edge: 'end', time: 1 }).tracks[0]?.clips[1]?.duration).toBeCloseTo(1 / 30, 6);
    const fromStart = trimClip(doc, { ref: rect, edge: 'start', time: 100 }).tracks[0]?.clips[1];
    expect(fromStart?.start).toBeCloseTo(7 - 1 / 30, 6);
    expect((fromStart?.start ?? 0) + (fromStart?.duration ?? 0)).toBeCloseTo(7, 6);
  });

  it('does not pull a non-media clip before 0', () => {
    const next = trimClip(sampleDoc(), { ref: rect, edge: 'start', time: -2 });
    expect(next.tracks[0]?.clips[1]).toMatchObject({ start: 0, duration: 7 });
  });

  it('moves a video source in-point with the left edge', () => {
    const next = trimClip(sampleDoc(), { ref: video, edge: 'start', time: 3 });
    expect(next.tracks[1]?.clips[0]).toMatchObject({ start: 3, duration: 4, source: { start: 2 } });
  });

  it('cannot extend a video before its media start', () => {
    const doc = sampleDoc();
    // source.start is 0, so the left edge cannot go earlier than the clip start.
    expect(trimClip(doc, { ref: video, edge: 'start', time: 0 })).toBe(doc);
  });

  it('is a no-op for an unchanged edge', () => {
    const doc = sampleDoc();
    expect(trimClip(doc, { ref: rect, edge: 'end', time: 7 })).toBe(doc);
  });
});
