import { describe, expect, it } from 'vitest';
import { getClip } from '../clip-ref';
import { shiftClipLayer, shiftedClipRef } from './shift-clip-layer';
import { sampleDoc } from '../testing/fixtures';

describe('shiftClipLayer', () => {
  it('brings a clip forward onto the free track above', () => {
    const doc = sampleDoc();
    doc.tracks[1] = { clips: [{ type: 'video', src: 'http://x/a.mp4', start: 10, duration: 2 }] };
    const ref = { trackIndex: 0, clipIndex: 0 };
    const landing = shiftedClipRef(doc, { ref, direction: 1 });
    const next = shiftClipLayer(doc, { ref, direction: 1 });
    expect(landing).toEqual({ trackIndex: 1, clipIndex: 1 });
    expect(getClip(next, landing)).toMatchObject({ type: 'text' });
  });

  it('gets a new track right above when the one above is busy', () => {
    const doc = sampleDoc(); // text 0–4 on track 0, video 1–7 on track 1
    const ref = { trackIndex: 0, clipIndex: 0 };
    const next = shiftClipLayer(doc, { ref, direction: 1 });
    expect(next.tracks).toHaveLength(3);
    expect(next.tracks[1]?.clips).toEqual([doc.tracks[0]!.clips[0]]);
    expect(next.tracks[2]).toBe(doc.tracks[1]);
    expect(shiftedClipRef(doc, { ref, direction: 1 })).toEqual({ trackIndex: 1, clipIndex: 0 });
  });

  it('a clip alone on its track swaps tracks; at the very top nothing moves', () => {
    const doc = sampleDoc();
    const video = { trackIndex: 1, clipIndex: 0 };
    const back = shiftClipLayer(doc, { ref: video, direction: -1 });
    expect(back.tracks[0]).toBe(doc.tracks[1]);
    expect(back.tracks[1]).toBe(doc.tracks[0]);
    expect(shiftClipLayer(doc, { ref: video, direction: 1 })).toBe(doc);
    expect(shiftedClipRef(doc, { ref: video, direction: 1 })).toBeNull();
  });
});
