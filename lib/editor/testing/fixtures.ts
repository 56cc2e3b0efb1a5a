/** Documents shared by the command tests (not used by the app). */
import type { Clip } from '../../video';
import type { EditorDoc } from '../types';

/** A small two-track document for command tests (30 fps, 1920×1080). */
export function sampleDoc(): EditorDoc {
  return {
    meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30, background: '#000000' },
    tracks: [
      {
        clips: [
          { type: 'text', text: 'Hello', start: 0, duration: 4, style: { fill: '#fff', fontSize: 100 } },
          { type: 'rect', start: 5, duration: 2, transform: { x: 10, y: 20, width: 100, height: 50 } },
        ],
      },
      { clips: [{ type: 'video', src: 'https://example.com/a.mp4', start: 1, duration: 6 }] },
    ],
  };
}

export const textClip = (overrides: Partial<Extract<Clip, { type: 'text' }>> = {}): Clip => ({
  type: 'text',
  text: 'New',
  start: 0,
  duration: 3,
  ...overrides,
});
