import { execFileSync } from 'node:child_process';

const ffmpeg = () => process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
const ffprobe = () => process.env.FFPROBE_PATH || '/usr/bin/ffprobe';

export interface VideoComparison {
  framesA: number;
  framesB: number;
  /** SSIM (all planes) per frame pair, in frame order. */
  ssim: number[];
  minSsim: number;
  meanSsim: number;
  audioDurationA: number;
  audioDurationB: number;
  /** Largest difference of RMS level between the two audio tracks over 100 ms windows, in dB (silence floored at −90 dB). */
  maxRmsDiffDb: number;
}

function countFrames(file: string): number {
  const out = execFileSync(ffprobe(), ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', file]);
  return Number.parseInt(out.toString().trim(), 10);
}

/** Mono float samples at 44.1 kHz of a file's first audio stream. */
function decodeAudio(file: string): Float32Array {
  const raw = execFileSync(ffmpeg(), ['-v', 'error', '-i', file, '-map', '0:a:0', '-ac', '1', '-ar', '44100', '-f', 'f32le', '-'], { maxBuffer: 1 << 30 });
  return new Float32Array(raw.buffer, raw.byteOffset, Math.floor(raw.byteLength / 4));
}

function rmsDb(samples: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (samples[i] ?? 0) ** 2;
  const rms = Math.sqrt(sum / Math.max(1, to - from));
  return Math.max(-90, 20 * Math.log10(rms || 1e-9));
}

/**
 * Decodes two renders and compares them frame by frame (ffmpeg's ssim filter) and by audio level per
 * 100 ms window: what "the same output" means for the frame plan (bench/frame-plan.ts and its tests).
 */
export function compareVideos(a: string, b: string): VideoComparison {
  const stats = execFileSync(ffmpeg(), ['-v', 'error', '-i', a, '-i', b, '-lavfi', '[0:v][1:v]ssim=stats_file=-', '-f', 'null', '-'], { maxBuffer: 1 << 28 }).toString();
  const ssim = [...stats.matchAll(/All:([\d.]+)/g)].map((m) => Number(m[1]));
  const audioA = decodeAudio(a);
  const audioB = decodeAudio(b);
  const window = 4410;
  let maxRmsDiffDb = 0;
  for (let from = 0; from < Math.max(audioA.length, audioB.length); from += window) {
    const diff = Math.abs(rmsDb(audioA, from, Math.min(audioA.length, from + window)) - rmsDb(audioB, from, Math.min(audioB.length, from + window)));
    maxRmsDiffDb = Math.max(maxRmsDiffDb, diff);
  }
  return {
    framesA: countFrames(a),
    framesB: countFrames(b),
    ssim,
    minSsim: ssim.length === 0 ? 0 : Math.min(...ssim),
    meanSsim: ssim.length === 0 ? 0 : ssim.reduce((x, y) => x + y, 0) / ssim.length,
    audioDurationA: audioA.length / 44100,
    audioDurationB: audioB.length / 44100,
    maxRmsDiffDb,
  };
}
