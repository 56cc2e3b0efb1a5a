import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** The moment a poster shows: 1 s in (past fades from black), or the middle of a shorter video. */
export const posterTime = (duration: number) => (duration > 2 ? 1 : duration / 2);

/** A full-size JPEG of the video at `time` seconds, turned as displayed. */
export async function makePoster(input: string, output: string, opts: { time: number; tools?: MediaTools; signal?: AbortSignal }): Promise<void> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-ss', opts.time.toFixed(3), '-i', input,
      '-frames:v', '1', '-an', '-pix_fmt', 'yuvj420p', '-q:v', '3', '-f', 'image2', '-c:v', 'mjpeg', output],
    { what: 'making the poster', timeoutMs: 60_000, signal: opts.signal },
  );
}
