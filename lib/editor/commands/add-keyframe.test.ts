import { describe, expect, it } from 'vitest';
import { addKeyframe, keyframeValueNow } from './add-keyframe';
import { sampleDoc } from '../testing/fixtures';
import type { Clip } from '../../video';

const rect = { trackIndex: 0, clipIndex: 1 };
const canvas = { width: 1920, height: 1080 };

describe('addKeyframe', () => {
  it('creates the track, keeps frames sorted, and replaces the value at an existing time', () => {
    let doc = addKeyframe(sampleDoc(), { ref: rect, property: 'opacity', time: 1, value: 0 });
    doc = addKeyframe(doc, { ref: rect, property: 'opacity', time: 0.5, value: 1, easing: 'easeInQuad' });
    doc = addKeyframe(doc, { ref: rect, property: 'opacity', time: 1, value: 0.5 });
    expect(doc.tracks[0]?.clips[1]?.keyframes).toEqual([
      { property: 'opacity', frames: [{ time: 0.5, value: 1, easing: 'easeInQuad' }, { time: 1, value: 0.5 }] },
    ]);
  });

  it('clamps the time into the clip and returns the same document when nothing changes', () => {
    const doc = addKeyframe(sampleDoc(), { ref: rect, property: 'rotation', time: 9, value: 30 });
    expect(doc.tracks[0]?.clips[1]?.keyframes?.[0]?.frames[0]?.time).toBe(2);
    expect(addKeyframe(doc, { ref: rect, property: 'rotation', time: 2, value: 30 })).toBe(doc);
  });
});

describe('keyframeValueNow', () => {
  const clip = (over: Partial<Clip>): Clip => ({ type: 'rect', start: 0, duration: 4, ...over }) as Clip;

  it('is the clip value (or its default) without keyframes', () => {
    expect(keyframeValueNow(clip({ transform: { x: 10 } }), 'x', 1, canvas)).toBe(10);
    expect(keyframeValueNow(clip({}), 'y', 1, canvas)).toBe('50%');
    expect(keyframeValueNow(clip({ style: { opacity: 0.4 } }), 'opacity', 1, canvas)).toBe(0.4);
    expect(keyframeValueNow(clip({}), 'scale', 1, canvas)).toBe(1);
  });

  it('evaluates the keyframes at t, in the unit of the first keyframe', () => {
    const keyed = clip({ keyframes: [{ property: 'x', frames: [{ time: 0, value: '0%' }, { time: 2, value: 960 }] }] });
    expect(keyframeValueNow(keyed, 'x', 1, canvas)).toBe('25%');
    const rotating = clip({ keyframes: [{ property: 'rotation', frames: [{ time: 0, value: 0 }, { time: 4, value: 90 }] }] });
    expect(keyframeValueNow(rotating, 'rotation', 1, canvas)).toBe(22.5);
  });
});
