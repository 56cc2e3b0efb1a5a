import { durationInFrames, type VideoConfig } from '../video';

export interface CompositionGeometry {
  width: number;
  height: number;
  fps: number;
  durationInFrames: number;
}

/**
 * Size, fps and length of the composition for a config: the one derivation the Player, the renderer
 * (through calculateMetadata) and the timeline share. Always positive whole numbers, so a half-edited
 * config still plays: an empty one gets one frame.
 */
export function compositionGeometry(config: VideoConfig): CompositionGeometry {
  const whole = (n: number, fallback: number) => (Number.isFinite(n) && n >= 1 ? Math.round(n) : fallback);
  return {
    width: whole(config.meta.width, 1920),
    height: whole(config.meta.height, 1080),
    fps: whole(config.meta.fps, 30),
    durationInFrames: Math.max(1, whole(durationInFrames(config), 1)),
  };
}
