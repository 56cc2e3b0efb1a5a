import { describe, expect, it } from 'vitest';
import { freeTrackFor, isTrackFree } from './track-space';
import { sampleDoc } from './testing/fixtures';

describe('track space', () => {
  const doc = sampleDoc(); // track 0: 0–4, 5–7; track 1: 1–7

  it('touching ends are free, overlaps are not', () => {
    expect(isTrackFree(doc, 0, 4, 1)).toBe(true);
    expect(isTrackFree(doc, 0, 3.9, 1)).toBe(false);
    expect(isTrackFree(doc, 0, 7, 10)).toBe(true);
    expect(isTrackFree(doc, 5, 0, 1)).toBe(false);
  });

  it('prefers the wanted track, then the nearest above, then below, then a new one', () => {
    expect(freeTrackFor(doc, { trackIndex: 0, start: 4, duration: 1 })).toBe(0);
    expect(freeTrackFor(doc, { trackIndex: 1, start: 4, duration: 1 })).toBe(0);
    expect(freeTrackFor(doc, { trackIndex: 0, start: 0, duration: 0.5 })).toBe(1);
    expect(freeTrackFor(doc, { trackIndex: 0, start: 2, duration: 1 })).toBe(2);
  });
});
