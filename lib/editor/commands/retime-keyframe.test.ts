import { describe, expect, it } from 'vitest';
import { addKeyframe } from './add-keyframe';
import { retimeKeyframe } from './retime-keyframe';
import { sampleDoc } from '../testing/fixtures';

const rect = { trackIndex: 0, clipIndex: 1 };

describe('retimeKeyframe', () => {
  it('moves every track\'s keyframe at a time (one diamond), keeping value and easing', () => {
    let doc = addKeyframe(sampleDoc(), { ref: rect, property: 'x', time: 0.5, value: 10, easing: 'easeInCubic' });
    doc = addKeyframe(doc, { ref: rect, property: 'y', time: 0.5, value: 20 });
    doc = addKeyframe(doc, { ref: rect, property: 'y', time: 1.5, value: 30 });
    const moved = retimeKeyframe(doc, { ref: rect, time: 0.5, to: 1 });
    expect(moved.tracks[0]?.clips[1]?.keyframes).toEqual([
      { property: 'x', frames: [{ time: 1, value: 10, easing: 'easeInCubic' }] },
      { property: 'y', frames: [{ time: 1, value: 20 }, { time: 1.5, value: 30 }] },
    ]);
  });

  it('replaces a keyframe already at the target time, sorts, and clamps to the clip', () => {
    let doc = addKeyframe(sampleDoc(), { ref: rect, property: 'rotation', time: 0, value: 0 });
    doc = addKeyframe(doc, { ref: rect, property: 'rotation', time: 1, value: 90 });
    expect(retimeKeyframe(doc, { ref: rect, time: 0, to: 1 }).tracks[0]?.clips[1]?.keyframes?.[0]?.frames).toEqual([{ time: 1, value: 0 }]);
    expect(retimeKeyframe(doc, { ref: rect, time: 0, to: 7 }).tracks[0]?.clips[1]?.keyframes?.[0]?.frames).toEqual([
      { time: 1, value: 90 },
      { time: 2, value: 0 },
    ]);
    expect(retimeKeyframe(doc, { ref: rect, time: 1, to: 1 })).toBe(doc);
  });
});
