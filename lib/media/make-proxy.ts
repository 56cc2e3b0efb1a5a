import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** Proxies are made for files up to this long; longer ones keep only their original (the reason says so). */
export const MAX_PROXY_SECONDS = 3600;
/** The proxy's long edge, at most (smaller pictures keep their size). */
const MAX_EDGE = 1920;

/**
 * A web-playable copy: H.264 (8-bit 4:2:0, fast start) + AAC in MP4 for video, AAC in M4A for audio only.
 * The picture is turned as displayed and scaled to fit MAX_EDGE; the duration is the original's.
 */
export async function makeProxy(
  input: string,
  output: string,
  opts: { hasVideo: boolean; hasAudio: boolean; duration: number; tools?: MediaTools; signal?: AbortSignal },
): Promise<void> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  const fit = `scale='if(gte(iw,ih),min(${MAX_EDGE},iw),-2)':'if(gte(iw,ih),-2,min(${MAX_EDGE},ih))',setsar=1`;
  const video = opts.hasVideo
    ? ['-map', '0:v:0', '-vf', fit, '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-profile:v', 'high']
    : ['-vn'];
  const audio = opts.hasAudio ? ['-map', '0:a:0?', '-c:a', 'aac', '-b:a', '160k', '-ac', '2'] : ['-an'];
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '2', '-i', input, ...video, ...audio, '-sn', '-dn',
      '-map_metadata', '-1', '-movflags', '+faststart', '-f', opts.hasVideo ? 'mp4' : 'ipod', output],
    { what: 'making the web-playable copy', timeoutMs: 120_000 + opts.duration * 3_000, signal: opts.signal },
  );
}
