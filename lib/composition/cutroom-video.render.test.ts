import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, VideoConfig } from '../video';
import { pixelAt } from './testing/decode-png';
import { createStillRenderer, type StillRenderer } from './testing/still-renderer';

let renderer: StillRenderer;
beforeAll(async () => {
  renderer = await createStillRenderer();
}, 120_000);
afterAll(async () => {
  await renderer?.close();
});

function config(clips: Clip[], background = '#000000'): VideoConfig {
  return { meta: { version: '2.0.0', width: 160, height: 90, fps: 10, background }, tracks: [{ clips }] };
}

describe('CutroomVideo (renderStill)', () => {
  it('a red rect anchored top-left at 0%,0% covers pixel (1,1) and nothing past its size', async () => {
    const image = await renderer.still(
      config([{ type: 'rect', start: 0, duration: 1, transform: { x: '0%', y: '0%', anchor: 'top-left', width: 40, height: 20 }, style: { fill: '#ff0000' } }]),
      0,
    );
    expect(pixelAt(image, 1, 1).slice(0, 3)).toEqual([255, 0, 0]);
    expect(pixelAt(image, 50, 30).slice(0, 3)).toEqual([0, 0, 0]);
  });
});
