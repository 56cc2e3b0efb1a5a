import { describe, expect, it } from 'vitest';
import { addKeyframe } from './add-keyframe';
import { removeKeyframe } from './remove-keyframe';
import { sampleDoc } from '../testing/fixtures';

const rect = { trackIndex: 0, clipIndex: 1 };

describe('removeKeyframe', () => {
  it('removes the keyframe of the named track only', () => {
    let doc = addKeyframe(sampleDoc(), { ref: rect, property: 'x', time: 1, value: 10 });
    doc = addKeyframe(doc, { ref: rect, property: 'x', time: 2, value: 20 });
    doc = addKeyframe(doc, { ref: rect, property: 'y', time: 1, value: 5 });
    const next = removeKeyframe(doc, { ref: rect, time: 1, properties: ['x'] });
    expect(next.tracks[0]?.clips[1]?.keyframes).toEqual([
      { property: 'x', frames: [{ time: 2, value: 20 }] },
      { property: 'y', frames: [{ time: 1, value: 5 }] },
    ]);
  });

  it('drops emptied tracks and the keyframes key itself', () => {
    const doc = addKeyframe(sampleDoc(), { ref: rect, property: 'opacity', time: 1, value: 0 });
    const next = removeKeyframe(doc, { ref: rect, time: 1 });
    expect(next.tracks[0]?.clips[1]).not.toHaveProperty('keyframes');
    expect(removeKeyframe(next, { ref: rect, time: 1 })).toBe(next);
  });
});
