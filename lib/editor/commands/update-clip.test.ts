import { describe, expect, it } from 'vitest';
import { updateClip } from './update-clip';
import { sampleDoc } from './test-fixtures';

const text = { trackIndex: 0, clipIndex: 0 };
const rect = { trackIndex: 0, clipIndex: 1 };

describe('updateClip', () => {
  it('sets text and merges style key by key', () => {
    const doc = sampleDoc();
    const next = updateClip(doc, { ref: text, patch: { text: 'Bye', style: { fill: '#f00' } } });
    expect(next.tracks[0]?.clips[0]).toMatchObject({ text: 'Bye', style: { fill: '#f00', fontSize: 100 } });
    expect(next.tracks[0]?.clips[1]).toBe(doc.tracks[0]?.clips[1]);
  });

  it('merges transform and removes keys set to undefined', () => {
    const next = updateClip(sampleDoc(), { ref: rect, patch: { transform: { x: 50, width: undefined } } });
    expect(next.tracks[0]?.clips[1]?.transform).toEqual({ x: 50, y: 20, height: 50 });
  });

  it('drops an emptied style object', () => {
    const doc = updateClip(sampleDoc(), { ref: text, patch: { style: { fill: undefined, fontSize: undefined } } });
    expect(doc.tracks[0]?.clips[0]).not.toHaveProperty('style');
  });

  it('ignores text on a non-text clip', () => {
    const doc = sampleDoc();
    expect(updateClip(doc, { ref: rect, patch: { text: 'nope' } })).toBe(doc);
  });

  it('returns the same document when values are unchanged', () => {
    const doc = sampleDoc();
    expect(updateClip(doc, { ref: text, patch: { text: 'Hello', start: 0, style: { fill: '#fff' } } })).toBe(doc);
  });

  it('sets and clears opacity and zIndex', () => {
    const set = updateClip(sampleDoc(), { ref: rect, patch: { opacity: 0.5, zIndex: 3 } });
    expect(set.tracks[0]?.clips[1]).toMatchObject({ opacity: 0.5, zIndex: 3 });
    const cleared = updateClip(set, { ref: rect, patch: { opacity: undefined } });
    expect(cleared.tracks[0]?.clips[1]).not.toHaveProperty('opacity');
  });

  it('sets media fields on a video, merges source and ignores audio-only fields there', () => {
    const video = { trackIndex: 1, clipIndex: 0 };
    let doc = updateClip(sampleDoc(), { ref: video, patch: { volume: 0.5, playbackRate: 2, muted: true, source: { start: 1 }, fadeIn: 2 } });
    doc = updateClip(doc, { ref: video, patch: { source: { end: 4 } } });
    expect(doc.tracks[1]?.clips[0]).toEqual({
      type: 'video', src: 'https://example.com/a.mp4', start: 1, duration: 6, volume: 0.5, playbackRate: 2, muted: true, source: { start: 1, end: 4 },
    });
  });

  it('replaces transition and animations; an empty list removes the key', () => {
    let doc = updateClip(sampleDoc(), { ref: rect, patch: { transition: { type: 'wipe', duration: 0.5 }, animations: [{ type: 'fadeIn', duration: 1 }] } });
    expect(doc.tracks[0]?.clips[1]).toMatchObject({ transition: { type: 'wipe', duration: 0.5 }, animations: [{ type: 'fadeIn', duration: 1 }] });
    doc = updateClip(doc, { ref: rect, patch: { transition: undefined, animations: [] } });
    expect(doc.tracks[0]?.clips[1]).not.toHaveProperty('transition');
    expect(doc.tracks[0]?.clips[1]).not.toHaveProperty('animations');
  });

  it('sets polygon sides only on polygons', () => {
    const doc = sampleDoc();
    expect(updateClip(doc, { ref: rect, patch: { sides: 5 } })).toBe(doc);
  });
});
