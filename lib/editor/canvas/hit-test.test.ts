import { describe, expect, it } from 'vitest';
import type { EditorDoc } from '../types';
import { hitTest } from './hit-test';

const box = (x: number, extra: object = {}) => ({ type: 'rect' as const, start: 0, duration: 2, transform: { x, y: 100, width: 100, height: 100 }, ...extra });
const noMeasure = () => undefined;

describe('hitTest', () => {
  it('picks the topmost clip by zIndex, then start, then document order', () => {
    const doc: EditorDoc = {
      meta: { version: '2.0.0', width: 400, height: 200, fps: 30 },
      tracks: [{ clips: [box(100, { zIndex: 2 })] }, { clips: [box(120)] }, { clips: [box(140)] }],
    };
    expect(hitTest(doc, 0, { x: 130, y: 100 }, noMeasure)).toEqual({ trackIndex: 0, clipIndex: 0 });
    expect(hitTest(doc, 0, { x: 185, y: 100 }, noMeasure)).toEqual({ trackIndex: 2, clipIndex: 0 });
    expect(hitTest(doc, 0, { x: 380, y: 100 }, noMeasure)).toBeNull();
  });

  it('respects rotation, and skips clips off screen at the frame or fully transparent', () => {
    const doc: EditorDoc = {
      meta: { version: '2.0.0', width: 400, height: 400, fps: 30 },
      tracks: [
        { clips: [{ type: 'rect', start: 0, duration: 2, transform: { x: 200, y: 200, width: 300, height: 20, rotation: 45 } }] },
        { clips: [{ ...box(200), start: 1 }] },
        { clips: [box(200, { opacity: 0 })] },
      ],
    };
    expect(hitTest(doc, 0, { x: 250, y: 250 }, noMeasure)).toEqual({ trackIndex: 0, clipIndex: 0 });
    expect(hitTest(doc, 0, { x: 250, y: 150 }, noMeasure)).toBeNull();
    expect(hitTest(doc, 30, { x: 200, y: 100 }, noMeasure)).toEqual({ trackIndex: 1, clipIndex: 0 });
  });

  it('passes over clips of hidden and locked tracks to what is beneath them', () => {
    const doc: EditorDoc = {
      meta: { version: '2.0.0', width: 400, height: 200, fps: 30 },
      tracks: [{ clips: [box(100)] }, { hidden: true, clips: [box(100)] }, { locked: true, clips: [box(100)] }],
    };
    expect(hitTest(doc, 0, { x: 100, y: 100 }, noMeasure)).toEqual({ trackIndex: 0, clipIndex: 0 });
  });
});
