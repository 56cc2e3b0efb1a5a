import { describe, expect, it } from 'vitest';
import type { EditorDoc } from '../types';
import { splitClip } from './split-clip';
import { sampleDoc } from '../testing/fixtures';

describe('splitClip', () => {
  it('cuts a clip in two, the right part right after the left one', () => {
    const doc = sampleDoc();
    const next = splitClip(doc, { ref: { trackIndex: 0, clipIndex: 0 }, at: 1.5 });
    const clips = next.tracks[0]?.clips ?? [];
    expect(clips).toHaveLength(3);
    expect(clips[0]).toMatchObject({ type: 'text', text: 'Hello', start: 0, duration: 1.5 });
    expect(clips[1]).toMatchObject({ type: 'text', text: 'Hello', start: 1.5, duration: 2.5 });
    expect(clips[2]).toBe(doc.tracks[0]?.clips[1]);
    expect(next.tracks[1]).toBe(doc.tracks[1]);
  });

  it('snaps the cut to a frame', () => {
    const next = splitClip(sampleDoc(), { ref: { trackIndex: 0, clipIndex: 0 }, at: 1.01 });
    expect(next.tracks[0]?.clips[0]?.duration).toBe(1);
  });

  it('ignores cuts outside the clip or on its edges', () => {
    const doc = sampleDoc();
    const ref = { trackIndex: 0, clipIndex: 0 };
    expect(splitClip(doc, { ref, at: 0 })).toBe(doc);
    expect(splitClip(doc, { ref, at: 4 })).toBe(doc);
    expect(splitClip(doc, { ref, at: 9 })).toBe(doc);
  });

  it('starts the right half of a video later in its source', () => {
    const next = splitClip(sampleDoc(), { ref: { trackIndex: 1, clipIndex: 0 }, at: 3 });
    expect(next.tracks[1]?.clips[1]).toMatchObject({ start: 3, duration: 4, source: { start: 2 } });
    expect(next.tracks[1]?.clips[0]).toMatchObject({ start: 1, duration: 2 });
    expect(next.tracks[1]?.clips[0]).not.toHaveProperty('source');
  });

  it('keeps each animation with the part it starts in', () => {
    const doc: EditorDoc = {
      ...sampleDoc(),
      tracks: [
        {
          clips: [
            {
              type: 'text',
              text: 'x',
              start: 0,
              duration: 5,
              id: 'title',
              animations: [
                { type: 'fadeIn', duration: 0.5 },
                { type: 'fadeOut', duration: 0.5, delay: 4.5 },
              ],
              keyframes: [{ property: 'opacity', frames: [{ time: 4, value: 1 }, { time: 5, value: 0 }] }],
            },
          ],
        },
      ],
    };
    const [left, right] = splitClip(doc, { ref: { trackIndex: 0, clipIndex: 0 }, at: 2 }).tracks[0]?.clips ?? [];
    expect(left?.animations).toEqual([{ type: 'fadeIn', duration: 0.5 }]);
    expect(right?.animations).toEqual([{ type: 'fadeOut', duration: 0.5, delay: 2.5 }]);
    expect(right?.keyframes?.[0]).toEqual({ property: 'opacity', frames: [{ time: 2, value: 1 }, { time: 3, value: 0 }] });
    expect(left?.id).toBe('title');
    expect(right?.id).toBe('title-2');
  });

  it('holds keyframe values across the cut when frames fall before it', () => {
    const doc: EditorDoc = {
      ...sampleDoc(),
      tracks: [
        {
          clips: [
            {
              type: 'rect',
              start: 0,
              duration: 4,
              keyframes: [{ property: 'opacity', frames: [{ time: 0, value: 0 }, { time: 2, value: 1 }] }],
            },
          ],
        },
      ],
    };
    const right = splitClip(doc, { ref: { trackIndex: 0, clipIndex: 0 }, at: 1 }).tracks[0]?.clips[1];
    expect(right?.keyframes).toEqual([{ property: 'opacity', frames: [{ time: 0, value: 0.5 }, { time: 1, value: 1 }] }]);
    const late = splitClip(doc, { ref: { trackIndex: 0, clipIndex: 0 }, at: 3 }).tracks[0]?.clips[1];
    expect(late?.keyframes).toEqual([{ property: 'opacity', frames: [{ time: 0, value: 1 }] }]);
  });
});
