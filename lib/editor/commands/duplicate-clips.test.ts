import { describe, expect, it } from 'vitest';
import { duplicateClips, duplicatedClipRefs } from './duplicate-clips';
import type { EditorDoc } from '../types';

const rect = (start: number, duration: number, id?: string) => ({ type: 'rect' as const, start, duration, ...(id ? { id } : {}) });
const doc = (...tracks: ReturnType<typeof rect>[][]): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: tracks.map((clips) => ({ clips })),
});

describe('duplicateClips', () => {
  it('puts the copy right after the original when that space is free, without the id', () => {
    const d = doc([rect(0, 2, 'a'), rect(5, 1)]);
    const next = duplicateClips(d, { refs: [{ trackIndex: 0, clipIndex: 0 }] });
    expect(next.tracks[0]?.clips[2]).toEqual(rect(2, 2));
    expect(duplicatedClipRefs(d, { refs: [{ trackIndex: 0, clipIndex: 0 }] })).toEqual([{ trackIndex: 0, clipIndex: 2 }]);
  });

  it('goes further right, past what is in the way, for the whole group on its tracks', () => {
    // Copying 0–2 (track 0) and 1–3 (track 1): shifted by 3 the track-1 copy (4–6) would hit 4–5, so the group shifts by 4.
    const d = doc([rect(0, 2)], [rect(1, 2), rect(4, 1)]);
    const next = duplicateClips(d, { refs: [{ trackIndex: 0, clipIndex: 0 }, { trackIndex: 1, clipIndex: 0 }] });
    expect(next.tracks[0]?.clips[1]?.start).toBe(4);
    expect(next.tracks[1]?.clips[2]?.start).toBe(5);
  });
});
