import { describe, expect, it } from 'vitest';
import { paintOrder } from '../../video';
import { agreesWithTrackLayers, layerByTrack } from './layer-by-track';
import { moveTrack } from './move-track';
import { sampleDoc } from '../testing/fixtures';

const topClipAt = (doc: ReturnType<typeof sampleDoc>, time: number) =>
  paintOrder(doc)
    .filter((p) => p.clip.start <= time && time < p.clip.start + p.clip.duration)
    .at(-1)?.clip.type;

describe('layerByTrack', () => {
  it('writes zIndex = track index (none on track 0) and shares what did not change', () => {
    const doc = sampleDoc();
    const next = layerByTrack(doc);
    expect(next.tracks[0]).toBe(doc.tracks[0]);
    expect(next.tracks[1]?.clips[0]?.zIndex).toBe(1);
    expect(layerByTrack(next)).toBe(next);
  });

  it('makes the later track paint on top, even over a clip that starts later', () => {
    // Track 0's text starts at 0 but track 1's video starts at 1: without layering the later start wins.
    const doc = sampleDoc();
    doc.tracks[0]!.clips[0] = { ...doc.tracks[0]!.clips[0]!, start: 2 };
    expect(topClipAt(doc, 3)).toBe('text');
    expect(agreesWithTrackLayers(doc)).toBe(false);
    const layered = layerByTrack(doc);
    expect(topClipAt(layered, 3)).toBe('video');
    // Reordering the tracks reorders the picture.
    expect(topClipAt(layerByTrack(moveTrack(layered, { from: 1, to: 0 })), 3)).toBe('text');
  });

  it('a document whose paint order already follows its tracks agrees', () => {
    const doc = sampleDoc();
    expect(agreesWithTrackLayers(doc)).toBe(false); // the rect (5 s, track 0) paints over the video (1 s, track 1)
    doc.tracks[0]!.clips.pop();
    expect(agreesWithTrackLayers(doc)).toBe(true);
  });
});
