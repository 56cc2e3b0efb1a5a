import { describe, expect, it } from 'vitest';
import { addKeyframe } from './add-keyframe';
import { updateKeyframe } from './update-keyframe';
import { sampleDoc } from '../testing/fixtures';

const rect = { trackIndex: 0, clipIndex: 1 };
const keyed = () => addKeyframe(addKeyframe(sampleDoc(), { ref: rect, property: 'opacity', time: 0, value: 0 }), { ref: rect, property: 'opacity', time: 1, value: 1 });

describe('updateKeyframe', () => {
  it('sets the easing of the keyframe at a time, and linear removes it', () => {
    const eased = updateKeyframe(keyed(), { ref: rect, property: 'opacity', time: 1, patch: { easing: 'easeOutBounce' } });
    expect(eased.tracks[0]?.clips[1]?.keyframes?.[0]?.frames[1]).toEqual({ time: 1, value: 1, easing: 'easeOutBounce' });
    const linear = updateKeyframe(eased, { ref: rect, property: 'opacity', time: 1, patch: { easing: 'linear' } });
    expect(linear.tracks[0]?.clips[1]?.keyframes?.[0]?.frames[1]).toEqual({ time: 1, value: 1 });
  });

  it('changes a value; an unknown time changes nothing', () => {
    const doc = keyed();
    expect(updateKeyframe(doc, { ref: rect, property: 'opacity', time: 0, patch: { value: 0.3 } }).tracks[0]?.clips[1]?.keyframes?.[0]?.frames[0]?.value).toBe(0.3);
    expect(updateKeyframe(doc, { ref: rect, property: 'opacity', time: 0.7, patch: { value: 0.3 } })).toBe(doc);
  });
});
