import type { VideoConfig } from './schema';

/** The config a new video starts from: 1920×1080 at 30 fps, one empty track. */
export function newVideoConfig(overrides: Partial<VideoConfig['meta']> = {}): VideoConfig {
  return {
    meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30, background: '#000000', ...overrides },
    tracks: [{ clips: [] }],
  };
}

export const DEFAULT_BACKGROUND = '#000000';
