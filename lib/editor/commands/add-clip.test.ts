import { describe, expect, it } from 'vitest';
import { addClip } from './add-clip';
import { sampleDoc, textClip } from '../testing/fixtures';

describe('addClip', () => {
  it('appends to the track and shares every untouched part', () => {
    const doc = sampleDoc();
    const clip = textClip({ start: 7 });
    const next = addClip(doc, { trackIndex: 0, clip });
    expect(next.tracks[0]?.clips).toHaveLength(3);
    expect(next.tracks[0]?.clips[2]).toBe(clip);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
    expect(next.tracks[0]?.clips[0]).toBe(doc.tracks[0]?.clips[0]);
    expect(next.meta).toBe(doc.meta);
    expect(doc.tracks[0]?.clips).toHaveLength(2);
  });

  it('inserts at an index', () => {
    const next = addClip(sampleDoc(), { trackIndex: 0, clip: textClip({ text: 'first' }), index: 0 });
    expect(next.tracks[0]?.clips[0]).toMatchObject({ text: 'first' });
  });

  it('ignores an unknown track', () => {
    const doc = sampleDoc();
    expect(addClip(doc, { trackIndex: 9, clip: textClip() })).toBe(doc);
  });
});
