import { describe, expect, it } from 'vitest';
import { paintOrder, type Clip } from '../../video';
import type { EditorDoc } from '../types';
import { reorderClip } from './reorder-clip';

const rect = (start: number, zIndex?: number): Clip => ({ type: 'rect', start, duration: 4, ...(zIndex === undefined ? {} : { zIndex }) });
const doc = (clips: Clip[][]): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: clips.map((c) => ({ clips: c })),
});
const topToBottom = (d: EditorDoc) => paintOrder(d).map((p) => `${p.trackIndex}.${p.clipIndex}`).reverse();

describe('reorderClip', () => {
  it('brings a clip above the one drawn over it with the same zIndex (start tie-break)', () => {
    const d = doc([[rect(0)], [rect(1)]]);
    expect(topToBottom(d)).toEqual(['1.0', '0.0']);
    const next = reorderClip(d, { ref: { trackIndex: 0, clipIndex: 0 }, direction: 'forward' });
    expect(next.tracks[0]?.clips[0]?.zIndex).toBe(1);
    expect(topToBottom(next)).toEqual(['0.0', '1.0']);
  });

  it('sends a clip back one step without jumping over a third clip', () => {
    const d = doc([[rect(0, 0)], [rect(0, 1)], [rect(0, 2)]]);
    const next = reorderClip(d, { ref: { trackIndex: 2, clipIndex: 0 }, direction: 'backward' });
    expect(topToBottom(next)).toEqual(['1.0', '2.0', '0.0']);
    expect(next.tracks[2]?.clips[0]?.zIndex).toBe(0);
  });

  it('uses the neighbour’s zIndex when the tie-break already orders them', () => {
    const d = doc([[rect(1, 0)], [rect(0, 3)]]);
    const next = reorderClip(d, { ref: { trackIndex: 0, clipIndex: 0 }, direction: 'forward' });
    expect(next.tracks[0]?.clips[0]?.zIndex).toBe(3);
    expect(topToBottom(next)[0]).toBe('0.0');
  });

  it('ignores clips never on screen at the same time, and the top clip cannot go further', () => {
    const d = doc([[rect(0)], [rect(10)]]);
    expect(reorderClip(d, { ref: { trackIndex: 0, clipIndex: 0 }, direction: 'forward' })).toBe(d);
    expect(reorderClip(d, { ref: { trackIndex: 1, clipIndex: 0 }, direction: 'backward' })).toBe(d);
  });
});
