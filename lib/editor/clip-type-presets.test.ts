import { describe, expect, it } from 'vitest';
import { validateVideoConfig, type Clip } from '../video';
import { clipTypePresets, iconClip, modelClip } from './clip-type-presets';

const meta = { version: '2.0.0', width: 1280, height: 720, fps: 30 };
const validates = (clip: Clip, assets?: object) => validateVideoConfig({ meta, ...(assets ? { assets } : {}), tracks: [{ clips: [clip] }] });

describe('clip type presets', () => {
  it.each(clipTypePresets.map((p) => [p.id, p] as const))('%s builds a valid clip at the given start', (_id, preset) => {
    const clip = preset.create({ meta, start: 2 });
    expect(clip.start).toBe(2);
    expect(validates(clip).success).toBe(true);
  });
  it('an icon clip and a model clip (with its asset) validate; an unknown icon does not', () => {
    expect(validates(iconClip('lucide:rocket', { meta, start: 0 })).success).toBe(true);
    expect(validates(iconClip('lucide:no-such-icon', { meta, start: 0 })).success).toBe(false);
    expect(validates(modelClip('https://example.com/a.glb', { meta, start: 0 })).success).toBe(true);
  });
});
