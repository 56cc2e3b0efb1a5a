import { qualityFor, totalDuration, type VideoConfig } from '../../video';
import { configHash } from './config-hash';

/** Derived columns of a task: what the API reports without parsing the config again. */
export function derivedFields(config: VideoConfig) {
  const { width, height, fps } = config.meta;
  return {
    config: JSON.stringify(config),
    configHash: configHash(config),
    width,
    height,
    fps,
    duration: totalDuration(config),
    quality: qualityFor(width, height).quality,
  };
}
