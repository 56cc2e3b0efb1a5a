import { describe, expect, it } from 'vitest';
import { addKeyframe } from './add-keyframe';
import { lengthLike } from './length-unit';
import { setClipGeometry } from './set-clip-geometry';
import { sampleDoc } from '../testing/fixtures';

const text = { trackIndex: 0, clipIndex: 0 };
const rect = { trackIndex: 0, clipIndex: 1 };

describe('lengthLike', () => {
  it('keeps percentages as percentages and pixels as pixels; omitted takes the given unit', () => {
    expect(lengthLike(480, '10%', 1920)).toBe('25%');
    expect(lengthLike(480.123, 10, 1920)).toBe(480.12);
    expect(lengthLike(960, undefined, 1920, 'percent')).toBe('50%');
    expect(lengthLike(960, undefined, 1920)).toBe(960);
  });
});

describe('setClipGeometry', () => {
  it('writes pixels where the clip uses pixels, percentages where it uses (or omits) positions', () => {
    const moved = setClipGeometry(sampleDoc(), { ref: rect, time: 0, values: { x: 110, y: 70, width: 200, rotation: 15 } });
    expect(moved.tracks[0]?.clips[1]?.transform).toEqual({ x: 110, y: 70, width: 200, height: 50, rotation: 15 });
    const placedText = setClipGeometry(sampleDoc(), { ref: text, time: 0, values: { x: 480, y: 270 } });
    expect(placedText.tracks[0]?.clips[0]?.transform).toEqual({ x: '25%', y: '25%' });
  });

  it('scales a text by its font size, never on other clips', () => {
    const doc = setClipGeometry(sampleDoc(), { ref: text, time: 0, values: { fontSize: 150.04 } });
    expect(doc.tracks[0]?.clips[0]?.style).toMatchObject({ fontSize: 150 });
    const same = sampleDoc();
    expect(setClipGeometry(same, { ref: rect, time: 0, values: { fontSize: 20 } })).toBe(same);
  });

  it('sets a keyframed property by a keyframe at the time, leaving the base value alone', () => {
    const keyed = addKeyframe(sampleDoc(), { ref: rect, property: 'x', time: 0, value: '0%' });
    const doc = setClipGeometry(keyed, { ref: rect, time: 1, values: { x: 960, y: 100 } });
    const clip = doc.tracks[0]?.clips[1];
    expect(clip?.transform).toMatchObject({ x: 10, y: 100 });
    expect(clip?.keyframes).toEqual([{ property: 'x', frames: [{ time: 0, value: '0%' }, { time: 1, value: '50%' }] }]);
  });
});
