import { describe, expect, it } from 'vitest';
import { newVideoConfig, validateVideoConfig } from '../video';
import { builtInInsertables, clipLabel, newRectClip, newTextClip } from './clip-factories';

describe('clip factories', () => {
  it('makes a centred white 3 s text sized to the canvas', () => {
    const meta = newVideoConfig({ width: 1080, height: 1920 }).meta;
    expect(newTextClip(meta, 2)).toEqual({
      type: 'text',
      text: 'Your text',
      start: 2,
      duration: 3,
      transform: { x: '50%', y: '50%', anchor: 'center' },
      style: { fill: '#ffffff', fontSize: 192, textAlign: 'center' },
    });
  });

  it('produces clips that validate', () => {
    const doc = newVideoConfig();
    for (const item of builtInInsertables) {
      const config = { ...doc, tracks: [{ clips: [item.create({ meta: doc.meta, start: 0 })] }] };
      expect(validateVideoConfig(config)).toMatchObject({ success: true });
    }
    expect(newRectClip(doc.meta, 1)).toMatchObject({ type: 'rect', start: 1, duration: 3 });
  });

  it('labels clips with their type and text or file', () => {
    expect(clipLabel({ type: 'text', text: 'Hi\nthere', start: 0, duration: 1 })).toBe('Text · Hi there');
    expect(clipLabel({ type: 'rect', start: 0, duration: 1 })).toBe('Rect');
    expect(clipLabel({ type: 'video', src: 'https://x.test/a/clip.mp4?sig=1', start: 0, duration: 1 })).toBe('Video · clip.mp4');
  });
});
