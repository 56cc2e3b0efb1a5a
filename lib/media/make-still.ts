import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** A JPEG still at `time` seconds, at most `maxWidth` wide (never enlarged), turned as displayed. */
export async function makeStill(input: string, output: string, opts: { time: number; maxWidth: number; tools?: MediaTools; signal?: AbortSignal }): Promise<void> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-ss', opts.time.toFixed(3), '-i', input, '-frames:v', '1', '-an',
      '-vf', `scale='min(${opts.maxWidth},iw)':-2:flags=lanczos`, '-pix_fmt', 'yuvj420p', '-q:v', '3', '-f', 'image2', '-c:v', 'mjpeg', output],
    { what: 'making a thumbnail', timeoutMs: 60_000, signal: opts.signal },
  );
}
