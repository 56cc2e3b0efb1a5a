import fs from 'node:fs';

/** The ffmpeg and ffprobe binaries processing runs (Debian's full builds by default). */
export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

const firstExisting = (paths: string[], fallback: string) => paths.find((p) => fs.existsSync(p)) ?? fallback;

/**
 * FFMPEG_PATH / FFPROBE_PATH when set, else /usr/bin (scripts/ensure-ffmpeg.mjs installs Debian's there),
 * else whatever is on PATH. Remotion's bundled ffmpeg is not used: it lacks the filters and encoders
 * (tile, scale, libwebp, libx264) processing needs.
 */
export function mediaTools(env: NodeJS.ProcessEnv = process.env): MediaTools {
  return {
    ffmpeg: env.FFMPEG_PATH || firstExisting(['/usr/bin/ffmpeg', '/usr/local/bin/ffmpeg'], 'ffmpeg'),
    ffprobe: env.FFPROBE_PATH || firstExisting(['/usr/bin/ffprobe', '/usr/local/bin/ffprobe'], 'ffprobe'),
  };
}
