import { describe, expect, it } from 'vitest';
import { rippleDelete } from './ripple-delete';
import type { EditorDoc } from '../types';

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
const doc = (...tracks: ReturnType<typeof rect>[][]): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: tracks.map((clips) => ({ clips })),
});

describe('rippleDelete', () => {
  it('closes the gap: later clips on the track move left by the deleted length', () => {
    const next = rippleDelete(doc([rect(0, 2), rect(2, 2), rect(4, 2)]), { refs: [{ trackIndex: 0, clipIndex: 1 }] });
    expect(next.tracks[0]?.clips.map((c) => [c.start, c.duration])).toEqual([[0, 2], [2, 2]]);
  });

  it('keeps an existing gap and moves only by the empty time the deletion made', () => {
    // B (2–4) is half covered by C (3–6): only 2–3 becomes empty.
    const next = rippleDelete(doc([rect(0, 2), rect(2, 2), rect(3, 3), rect(8, 1)]), { refs: [{ trackIndex: 0, clipIndex: 1 }] });
    expect(next.tracks[0]?.clips.map((c) => c.start)).toEqual([0, 2, 7]);
  });

  it('ripples each track on its own and leaves other tracks alone', () => {
    const d = doc([rect(0, 1), rect(1, 1)], [rect(0, 3), rect(5, 1)]);
    const next = rippleDelete(d, { refs: [{ trackIndex: 0, clipIndex: 0 }] });
    expect(next.tracks[0]?.clips.map((c) => c.start)).toEqual([0]);
    expect(next.tracks[1]).toBe(d.tracks[1]);
  });
});
