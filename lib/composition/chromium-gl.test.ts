import { describe, expect, it } from 'vitest';
import { chromiumOptionsFor, needsWebGl } from './chromium-gl';

describe('the GL backend a render needs', () => {
  it('is software GL for a config with a three clip, top level or in a layout, and nothing special otherwise', () => {
    const three = { type: 'three', start: 0, duration: 1 };
    expect(needsWebGl({ tracks: [{ clips: [{ type: 'text' }, three] }] })).toBe(true);
    expect(needsWebGl({ tracks: [{ clips: [{ type: 'layout', children: [three] }] }] })).toBe(true);
    expect(needsWebGl({ tracks: [{ clips: [{ type: 'video' }, { type: 'text' }] }] })).toBe(false);
    expect(needsWebGl(null)).toBe(false);
    expect(chromiumOptionsFor({ tracks: [{ clips: [three] }] })).toEqual({ gl: 'swangle' });
    expect(chromiumOptionsFor({ tracks: [{ clips: [{ type: 'text' }] }] })).toEqual({});
  });
});
