import { describe, expect, it } from 'vitest';
import { animationTypes, clipTypes, easingNames, templateNames, transitionTypes, unsupportedClipTypes, videoCapabilities } from './capabilities';
import { validateVideoConfig } from './validate';

const meta = { version: '2.0.0', width: 320, height: 180, fps: 30 };
const accepts = (clip: unknown) => validateVideoConfig({ meta, tracks: [{ clips: [clip] }] }).success;

describe('capabilities match what validation accepts', () => {
  it('lists 16 clip types, 9 animations, 31 easings, 9 transitions', () => {
    expect([clipTypes.length, animationTypes.length, easingNames.length, transitionTypes.length]).toEqual([16, 9, 31, 9]);
  });

  it.each(animationTypes)('animation %s validates', (type) => {
    expect(accepts({ type: 'rect', start: 0, duration: 1, animations: [{ type, duration: 1 }] })).toBe(true);
  });

  it.each(easingNames)('easing %s validates', (easing) => {
    expect(accepts({ type: 'rect', start: 0, duration: 1, animations: [{ type: 'fadeIn', duration: 1, easing }] })).toBe(true);
  });

  it.each(transitionTypes)('transition %s validates', (type) => {
    expect(accepts({ type: 'rect', start: 0, duration: 1, transition: { type, duration: 0.5 } })).toBe(true);
  });

  it('every clip type RenderingVideo documents is supported', () => {
    expect(unsupportedClipTypes).toEqual([]);
    expect(clipTypes).toEqual(expect.arrayContaining(['code', 'icon', 'line', 'path', 'three']));
  });

  it('the JSON payload has every list', () => {
    expect(videoCapabilities()).toMatchObject({ clipTypes: [...clipTypes], templates: [...templateNames], easings: [...easingNames] });
  });
});
