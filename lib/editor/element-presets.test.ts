import { describe, expect, it } from 'vitest';
import { newVideoConfig, validateVideoConfig } from '../video';
import { elementPresets } from './element-presets';

describe('elementPresets', () => {
  it('offers title, subtitle, caption, the three shapes and templates', () => {
    expect(elementPresets.map((p) => p.id)).toEqual(expect.arrayContaining(['title', 'subtitle', 'caption', 'rect', 'circle', 'polygon', 'template:quote']));
  });

  it.each(elementPresets.map((p) => [p.id, p] as const))('%s makes a clip that validates at 720p and 9:16', (_id, preset) => {
    for (const meta of [newVideoConfig({ width: 1280, height: 720 }).meta, newVideoConfig({ width: 1080, height: 1920 }).meta]) {
      const clip = preset.create({ meta, start: 1.5 });
      expect(clip.start).toBe(1.5);
      const result = validateVideoConfig({ meta, tracks: [{ clips: [clip] }] });
      expect(result.success, JSON.stringify(result)).toBe(true);
    }
  });

  it('sizes a title from the canvas height', () => {
    const title = elementPresets.find((p) => p.id === 'title');
    const clip = title?.create({ meta: newVideoConfig({ width: 1280, height: 720 }).meta, start: 0 });
    expect(clip?.style?.fontSize).toBe(86);
  });
});
