import { describe, expect, it } from 'vitest';
import type { EditorDoc } from '../types';
import { canvasToFrame, clipFrameAt, clipFramesAt, firstVisibleFrame, frameBounds, frameContains, frameToCanvas } from './clip-frame';

const doc = (clips: EditorDoc['tracks'][number]['clips']): EditorDoc => ({
  meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30 },
  tracks: [{ clips }],
});
const noMeasure = () => undefined;
const ref = { trackIndex: 0, clipIndex: 0 };

describe('clipFrameAt', () => {
  it('places the box by its anchor, in pixels or percentages, with rotation and scale', () => {
    const d = doc([{ type: 'rect', start: 0, duration: 2, transform: { x: '50%', y: 100, width: 200, height: 100, anchor: 'top-left', rotation: 90, scale: 2 } }]);
    const f = clipFrameAt(d, ref, 0, noMeasure);
    expect(f).toMatchObject({ x: 960, y: 100, width: 200, height: 100, anchorX: 0, anchorY: 0, rotation: 90, scaleX: 2 });
    if (!f) throw new Error('no frame');
    // Rotated 90° clockwise around its top-left corner and doubled: the far corner ends up left-below.
    const far = frameToCanvas(f, 1, 1);
    expect(far.x).toBeCloseTo(760);
    expect(far.y).toBeCloseTo(500);
    expect(frameBounds(f)).toEqual({ left: expect.closeTo(760), top: 100, right: 960, bottom: expect.closeTo(500) });
  });

  it('uses the default sizes (shapes fill the canvas, circles its short edge) and measures text', () => {
    const d = doc([
      { type: 'circle', start: 0, duration: 2 },
      { type: 'text', text: 'Hi', start: 0, duration: 2 },
      { type: 'rect', start: 0, duration: 2, width: 40, height: 30 },
    ]);
    const frames = clipFramesAt(d, 0, (r) => (r.clipIndex === 1 ? { width: 120, height: 60 } : undefined));
    expect(frames.map((f) => [f.width, f.height])).toEqual([[1080, 1080], [120, 60], [40, 30]]);
  });

  it('follows keyframes at the frame and leaves out clips not on screen or not drawn on the canvas', () => {
    const d = doc([
      { type: 'rect', start: 1, duration: 2, transform: { width: 10, height: 10 }, keyframes: [{ property: 'x', frames: [{ time: 0, value: 0 }, { time: 1, value: 100 }] }] },
      { type: 'audio', src: 'a.mp3', start: 0, duration: 5 },
    ]);
    expect(clipFrameAt(d, ref, 0, noMeasure)).toBeUndefined();
    expect(clipFrameAt(d, ref, 45, noMeasure)?.x).toBeCloseTo(50);
    expect(clipFrameAt(d, { trackIndex: 0, clipIndex: 1 }, 10, noMeasure)).toBeUndefined();
  });

  it('maps canvas points back to box fractions (contains follows rotation)', () => {
    const d = doc([{ type: 'rect', start: 0, duration: 2, transform: { x: 500, y: 500, width: 400, height: 100, rotation: 90 } }]);
    const f = clipFrameAt(d, ref, 0, noMeasure);
    if (!f) throw new Error('no frame');
    expect(frameContains(f, { x: 500, y: 680 })).toBe(true);
    expect(frameContains(f, { x: 680, y: 500 })).toBe(false);
    const uv = canvasToFrame(f, frameToCanvas(f, 0.25, 0.75));
    expect(uv?.u).toBeCloseTo(0.25);
    expect(uv?.v).toBeCloseTo(0.75);
  });
});

describe('firstVisibleFrame', () => {
  const fading = { type: 'text' as const, text: 'Hi', start: 1, duration: 3, animations: [{ type: 'fadeIn' as const, duration: 0.5 }] };

  it('is past an entry fade for a clip that is transparent at the playhead', () => {
    // 30 fps: the clip starts at frame 30; a linear 0.5 s fade reaches half opacity at 0.25 s (frame 30 + 7.5).
    const f = firstVisibleFrame(doc([fading]), ref, 30);
    expect(f).toBeGreaterThan(30);
    expect(f).toBeLessThanOrEqual(45);
    expect(firstVisibleFrame(doc([fading]), ref, 0)).toBe(f); // before the clip: its own first visible frame
  });

  it('is the playhead itself once the clip is visible, and undefined for a clip that never is', () => {
    expect(firstVisibleFrame(doc([fading]), ref, 60)).toBe(60);
    expect(firstVisibleFrame(doc([{ ...fading, animations: [], style: { opacity: 0 } }]), ref, 30)).toBeUndefined();
    expect(firstVisibleFrame(doc([{ type: 'audio', src: 'https://x.test/a.mp3', start: 0, duration: 1 }]), ref, 0)).toBeUndefined();
  });

  it('looks at most VISIBLE_SEARCH_SECONDS ahead (an hour-long transparent clip costs 10 s of frames)', () => {
    const late = { type: 'text' as const, text: 'Hi', start: 0, duration: 3600, keyframes: [{ property: 'opacity' as const, frames: [{ time: 0, value: 0 }, { time: 11, value: 0 }, { time: 12, value: 1 }] }] };
    expect(firstVisibleFrame(doc([late]), ref, 0)).toBeUndefined();
    expect(firstVisibleFrame(doc([late]), ref, 60)).toBeGreaterThan(11 * 30);
  });
});
