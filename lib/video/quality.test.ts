import { describe, expect, it } from 'vitest';
import { newVideoConfig } from './defaults';
import { creditCost, renderCost } from './quality';
import type { Clip, VideoConfig } from './schema';

const config = (clips: Clip[], size = { width: 1920, height: 1080 }): VideoConfig => ({
  ...newVideoConfig({ fps: 30, ...size }),
  tracks: [{ clips }],
});

describe('creditCost', () => {
  it.each([
    [10, 1280, 720, 10],
    [10, 1920, 1080, 15],
    [10, 2560, 1440, 20],
    [10, 3840, 2160, 30],
    [0, 1280, 720, 1],
    [10.2, 1280, 720, 11],
  ])('%s s at %s×%s costs %s', (seconds, width, height, credits) => {
    expect(creditCost(seconds, width, height)).toBe(credits);
  });
});

describe('renderCost', () => {
  it('bills a 10 s video 10 credits at 720p even when its last clip ends a fraction of a frame late', () => {
    expect(renderCost(config([{ type: 'rect', start: 0, duration: 10.01 }], { width: 1280, height: 720 }))).toEqual({
      credits: 10,
      seconds: 10,
      quality: '720p',
    });
  });

  it('bills clips ending on frame boundaries by their length (3⅓ s + 6⅔ s = 10 s → 15 credits at 1080p)', () => {
    const clips: Clip[] = [
      { type: 'rect', start: 0, duration: 3.333333 },
      { type: 'rect', start: 3.333333, duration: 6.666667 },
    ];
    expect(renderCost(config(clips))).toMatchObject({ credits: 15, seconds: 10 });
  });

  it('bills a real extra frame (301 frames at 30 fps) as the next credit', () => {
    expect(renderCost(config([{ type: 'rect', start: 0, duration: 10 + 1 / 30 }], { width: 1280, height: 720 })).credits).toBe(11);
  });
});
