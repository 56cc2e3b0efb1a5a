import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

export interface DerivativeSpec {
  /** mp4: H.264 (yuv420p, fast start) + AAC; webm: VP9 + Opus; m4a: AAC only. */
  format: 'mp4' | 'webm' | 'm4a';
  /** Output size (even); null for m4a. */
  width: number | null;
  height: number | null;
  /** x264 / libvpx-vp9 CRF; null for m4a. */
  crf: number | null;
  /** Sound bitrate in kbit/s; null: no sound. */
  audioKbps: number | null;
}

/**
 * Encodes one derivative of `input` (turned as displayed, scaled to exactly width × height, which the
 * caller fits to the source so it is never upscaled). VP9 runs in constant-quality mode (`-b:v 0`) with
 * row multithreading at speed 5 (`-deadline good -cpu-used 5`): quality per CRF at a cost a small server can pay.
 */
export async function makeDerivative(
  input: string,
  output: string,
  spec: DerivativeSpec,
  opts: { durationSeconds: number; tools?: MediaTools; signal?: AbortSignal },
): Promise<void> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  const scale = spec.width && spec.height ? ['-vf', `scale=${spec.width}:${spec.height}:flags=lanczos,setsar=1`] : [];
  const sound = (codec: string[]) => (spec.audioKbps ? ['-map', '0:a:0?', ...codec, '-b:a', `${spec.audioKbps}k`, '-ac', '2'] : ['-an']);
  let codecArgs: string[];
  if (spec.format === 'm4a') {
    codecArgs = ['-vn', '-map', '0:a:0', '-c:a', 'aac', '-b:a', `${spec.audioKbps ?? 128}k`, '-ac', '2', '-movflags', '+faststart', '-f', 'ipod'];
  } else if (spec.format === 'mp4') {
    codecArgs = ['-map', '0:v:0', ...scale, '-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(spec.crf ?? 23), '-pix_fmt', 'yuv420p',
      '-profile:v', 'high', ...sound(['-c:a', 'aac']), '-movflags', '+faststart', '-f', 'mp4'];
  } else {
    codecArgs = ['-map', '0:v:0', ...scale, '-c:v', 'libvpx-vp9', '-crf', String(spec.crf ?? 31), '-b:v', '0', '-deadline', 'good',
      '-cpu-used', '5', '-row-mt', '1', '-pix_fmt', 'yuv420p', ...sound(['-c:a', 'libopus']), '-f', 'webm'];
  }
  await runTool(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '2', '-i', input, ...codecArgs, '-sn', '-dn', '-map_metadata', '-1', output], {
    what: `making the ${spec.format.toUpperCase()} derivative`,
    timeoutMs: 120_000 + opts.durationSeconds * (spec.format === 'webm' ? 20_000 : 5_000),
    signal: opts.signal,
  });
}
