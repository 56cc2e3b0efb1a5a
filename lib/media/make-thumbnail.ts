import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

export const THUMBNAIL_WIDTH = 320;

/**
 * A WebP thumbnail THUMBNAIL_WIDTH px wide (never enlarged: a 1×1 image gives a 1×1 thumbnail) of an image,
 * an SVG (rasterized by librsvg) or a poster frame. Animated images give their first frame.
 */
export async function makeThumbnail(input: string, output: string, opts: { tools?: MediaTools; signal?: AbortSignal } = {}): Promise<void> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-i', input, '-frames:v', '1', '-an',
      '-vf', `scale='min(${THUMBNAIL_WIDTH},iw)':-1:flags=lanczos`, '-c:v', 'libwebp', '-quality', '80', '-f', 'webp', output],
    { what: 'making the thumbnail', timeoutMs: 60_000, signal: opts.signal },
  );
}
