import { describe, expect, it } from 'vitest';
import { validateVideoConfig } from '../../video';
import type { EditorDoc } from '../types';
import { scaleCanvas } from './scale-canvas';

const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30 },
  tracks: [
    {
      clips: [
        {
          type: 'text', text: 'Hi', start: 0, duration: 2,
          transform: { x: 960, y: 540, anchor: 'center' },
          style: { fontSize: 100, strokeWidth: 4, shadowOffset: [10, 20] },
          animations: [{ type: 'slideIn', duration: 1, distance: 400 }],
        },
        { type: 'rect', start: 0, duration: 2, transform: { x: '10%', y: 100, width: 400, height: '50%' } },
      ],
    },
  ],
});

describe('scaleCanvas', () => {
  it('only resizes the canvas when content is not scaled', () => {
    const next = scaleCanvas(doc(), { width: 1080, height: 1920, scaleContent: false });
    expect(next.meta).toMatchObject({ width: 1080, height: 1920 });
    expect(next.tracks).toBe(next.tracks);
    expect(next.tracks[0]?.clips[0]?.transform).toEqual({ x: 960, y: 540, anchor: 'center' });
  });

  it('moves pixel positions by each axis ratio and sizes by the smaller one; percentages stay', () => {
    const next = scaleCanvas(doc(), { width: 1080, height: 1920, scaleContent: true });
    const [text, rect] = next.tracks[0]?.clips ?? [];
    expect(text?.transform).toEqual({ x: 540, y: 960, anchor: 'center' });
    expect(text?.style).toEqual({ fontSize: 56.25, strokeWidth: 2.25, shadowOffset: [5.625, 11.25] });
    expect(text?.animations).toEqual([{ type: 'slideIn', duration: 1, distance: 225 }]);
    expect(rect?.transform).toEqual({ x: '10%', y: 177.778, width: 225, height: '50%' });
    expect(validateVideoConfig(next).success).toBe(true);
  });

  it('halves everything from 1080p to 540p', () => {
    const next = scaleCanvas(doc(), { width: 960, height: 540, scaleContent: true });
    expect(next.tracks[0]?.clips[0]).toMatchObject({ transform: { x: 480, y: 270 }, style: { fontSize: 50 } });
  });

  it('returns the same document for the same size', () => {
    const d = doc();
    expect(scaleCanvas(d, { width: 1920, height: 1080, scaleContent: true })).toBe(d);
  });
});
