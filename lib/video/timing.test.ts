import { describe, expect, it } from 'vitest';
import { newVideoConfig } from './defaults';
import type { Clip, VideoConfig } from './schema';
import { clipFrameWindow, durationInFrames, effectiveDuration, renderedDuration, totalDuration } from './timing';

const video = (extra: Partial<Extract<Clip, { type: 'video' }>>): Clip => ({ type: 'video', src: 'a.mp4', start: 0, duration: 10, ...extra });

describe('effectiveDuration', () => {
  it.each([
    ['untrimmed video lasts its duration', video({}), 10],
    ['source.end shortens the clip', video({ source: { start: 2, end: 6 } }), 4],
    ['playbackRate 2 halves the playable range', video({ source: { start: 2, end: 6 }, playbackRate: 2 }), 2],
    ['a long source never extends past duration', video({ source: { end: 60 } }), 10],
    ['source.start alone does not shorten', video({ source: { start: 3 } }), 10],
    ['a looping audio refills its window', { type: 'audio', src: 'a.mp3', start: 0, duration: 10, loop: true, source: { end: 2 } } as Clip, 10],
    ['a trimmed audio without loop is shortened', { type: 'audio', src: 'a.mp3', start: 0, duration: 10, source: { end: 2 } } as Clip, 2],
    ['a text clip lasts its duration', { type: 'text', text: 'x', start: 1, duration: 3 } as Clip, 3],
  ])('%s', (_name, clip, expected) => {
    expect(effectiveDuration(clip)).toBeCloseTo(expected);
  });
});

describe('totalDuration / durationInFrames / clipFrameWindow', () => {
  const config = (clips: Clip[]): VideoConfig => ({ ...newVideoConfig({ fps: 30 }), tracks: [{ clips }] });

  it('is the end of the last clip, trimmed media included', () => {
    const c = config([{ type: 'text', text: 'a', start: 1, duration: 2 }, video({ start: 2, source: { end: 1.5 } })]);
    expect(totalDuration(c)).toBeCloseTo(3.5);
    expect(durationInFrames(c)).toBe(105);
  });

  it('ignores layout children (they are not scheduled)', () => {
    const c = config([{ type: 'layout', start: 0, duration: 2, children: [{ type: 'text', text: 'x', start: 0, duration: 50 }] }]);
    expect(totalDuration(c)).toBe(2);
  });

  it('counts a template by its own window', () => {
    const c = config([{ type: 'template', template: 'countdown', start: 4, duration: 3 }]);
    expect(totalDuration(c)).toBe(7);
  });

  it('is 0 s but 1 frame for a config without clips', () => {
    expect(totalDuration(config([]))).toBe(0);
    expect(durationInFrames(config([]))).toBe(1);
  });

  it('does not round 2.5 s × 30 fps up to 76 frames', () => {
    expect(durationInFrames(config([{ type: 'rect', start: 0.1, duration: 2.4 }]))).toBe(75);
  });

  it('never adds a frame for a clip that ends between two frames (10.01 s at 30 fps is 300 frames, 10 s)', () => {
    const c = config([{ type: 'rect', start: 0, duration: 10.01 }]);
    expect(durationInFrames(c)).toBe(300);
    expect(renderedDuration(c)).toBe(10);
  });

  it('counts the one-frame minimum of a very short clip', () => {
    expect(renderedDuration(config([{ type: 'rect', start: 2, duration: 0.001 }]))).toBeCloseTo(2 + 1 / 30);
    expect(renderedDuration(config([]))).toBe(0);
  });

  it('maps a clip to [round(start·fps), round(end·fps))', () => {
    expect(clipFrameWindow({ type: 'rect', start: 1.02, duration: 0.5 }, 30)).toEqual({ from: 31, frames: 15 });
    expect(clipFrameWindow({ type: 'rect', start: 0, duration: 0.001 }, 30)).toEqual({ from: 0, frames: 1 });
  });
});
