import { MediaToolError, runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** What ffprobe says about a file, as Cutroom stores it. Sizes are as displayed (rotation applied). */
export interface ProbeResult {
  /** Container name(s) as ffprobe reports them (`mov,mp4,m4a,3gp,3g2,mj2`, `matroska,webm`…). */
  format: string;
  /** Seconds; null for still images. */
  duration: number | null;
  width: number | null;
  height: number | null;
  fps: number | null;
  videoCodec: string | null;
  /** Codec profile of the picture (`High`, `High 10`, `Main 10`…). */
  videoProfile: string | null;
  pixelFormat: string | null;
  audioCodec: string | null;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Clockwise degrees the picture is turned for display: 0, 90, 180 or 270. */
  rotation: number;
  /** Bits per second of the whole file; null when unknown. */
  bitrate: number | null;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  profile?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  nb_frames?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

const num = (v: string | undefined): number | null => {
  if (v === undefined || v === 'N/A') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

/** `30000/1001` → 29.97; `0/0` → null. */
export function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [a, b] = rate.split('/').map(Number);
  if (!a || !Number.isFinite(a)) return null;
  const value = b ? a / b : a;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : null;
}

/** ffprobe's rotation (display matrix, counter-clockwise, e.g. -90) or the old `rotate` tag → clockwise 0/90/180/270. */
export function displayRotation(stream: FfprobeStream): number {
  const matrix = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const raw = matrix !== undefined ? -matrix : Number(stream.tags?.rotate ?? 0);
  const quarter = Math.round((Number.isFinite(raw) ? raw : 0) / 90) * 90;
  return ((quarter % 360) + 360) % 360;
}

/** Interprets ffprobe's JSON. Exported for tests of edge cases; `probeMedia` is the entry point. */
export function readProbe(json: FfprobeOutput): ProbeResult {
  const streams = json.streams ?? [];
  // Cover art in an MP3 or M4A is a "video" stream with attached_pic: not a picture track.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const rotation = video ? displayRotation(video) : 0;
  const isTurned = rotation === 90 || rotation === 270;
  const w = video?.width || null;
  const h = video?.height || null;
  const durations = [num(json.format?.duration), num(video?.duration), num(audio?.duration)].filter((d): d is number => d !== null);
  return {
    format: json.format?.format_name ?? '',
    duration: durations.length ? Math.max(0, durations[0]!) : null,
    width: isTurned ? h : w,
    height: isTurned ? w : h,
    fps: video ? (parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate)) : null,
    videoCodec: video?.codec_name ?? null,
    videoProfile: video?.profile ?? null,
    pixelFormat: video?.pix_fmt ?? null,
    audioCodec: audio?.codec_name ?? null,
    hasVideo: Boolean(video),
    hasAudio: Boolean(audio),
    rotation,
    bitrate: num(json.format?.bit_rate),
  };
}

/** Probes a local file with ffprobe (duration, displayed size, fps, codecs, audio, rotation, bitrate). */
export async function probeMedia(file: string, opts: { tools?: MediaTools; signal?: AbortSignal; timeoutMs?: number } = {}): Promise<ProbeResult> {
  const { ffprobe } = opts.tools ?? mediaTools();
  const out = await runTool(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
    what: 'reading the file',
    // A probe reads a few KB and takes tens of milliseconds: not worth deprioritizing behind a render.
    niceness: 0,
    timeoutMs: opts.timeoutMs ?? 30_000,
    signal: opts.signal,
  });
  let json: FfprobeOutput;
  try {
    json = JSON.parse(out.toString('utf8')) as FfprobeOutput;
  } catch {
    throw new MediaToolError('The file could not be read: ffprobe gave no description of it.');
  }
  if (!json.streams?.length) throw new MediaToolError('The file could not be read: it contains no audio, video or image stream.');
  return readProbe(json);
}
