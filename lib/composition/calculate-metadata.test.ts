import { describe, expect, it } from 'vitest';
import { newVideoConfig, type VideoConfig } from '../video';
import { calculateCutroomMetadata } from './calculate-metadata';
import { compositionGeometry } from './composition-geometry';

function metadata(config: VideoConfig) {
  return calculateCutroomMetadata({
    props: { config },
    defaultProps: { config: newVideoConfig() },
    abortSignal: new AbortController().signal,
    compositionId: 'cutroom',
    isRendering: true,
  });
}

describe('calculateCutroomMetadata', () => {
  it('takes size and fps from meta and the length from the last clip end', async () => {
    const config: VideoConfig = {
      meta: { version: '2.0.0', width: 1280, height: 720, fps: 25 },
      tracks: [{ clips: [{ type: 'rect', start: 1, duration: 2.5 }] }, { clips: [{ type: 'text', text: 'hi', start: 0, duration: 1 }] }],
    };
    expect(await metadata(config)).toEqual({ durationInFrames: 88, fps: 25, width: 1280, height: 720 });
  });

  it('gives an empty config one frame so it can still be previewed', async () => {
    expect((await metadata(newVideoConfig({ fps: 60 }))).durationInFrames).toBe(1);
  });

  it('gives the Player the same geometry the renderer gets, at least one frame', async () => {
    const config = newVideoConfig();
    expect(compositionGeometry(config)).toEqual({ width: 1920, height: 1080, fps: 30, durationInFrames: 1 });
    expect(await metadata(config)).toEqual(compositionGeometry(config));
  });
});
