import { execFileSync } from 'node:child_process';

const ffmpeg = () => process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
const ffprobe = () => process.env.FFPROBE_PATH || '/usr/bin/ffprobe';

export interface AudioStream {
  codec: string;
  sampleRate: number;
  channels: number;
  /** Decoded samples per channel. */
  samples: number;
}

export interface AudioComparison {
  a: AudioStream;
  b: AudioStream;
  /** 100 ms windows compared (over the longer of the two). */
  windows: number;
  /** Largest |RMS(a) − RMS(b)| over a window, as a fraction of full scale. */
  maxRmsDiff: number;
  /** Largest RMS difference in dB over the windows where `a` is above −50 dBFS (quieter ones: see maxRmsDiff). */
  maxRmsDiffDb: number;
  /** Largest difference of one sample between the two (decoded), as a fraction of full scale. */
  maxSampleDiff: number;
  /** The first window (index) whose RMS differs by more than 0.5 dB (loud windows) or 1 % of full scale, or −1. */
  firstDifferentWindow: number;
}

/** The first audio stream's codec, rate and channels (ffprobe), and its samples decoded as float (ffmpeg), interleaved. */
export function probeAudio(file: string): { stream: AudioStream; pcm: Float32Array } {
  const probe = JSON.parse(
    execFileSync(ffprobe(), ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=codec_name,sample_rate,channels', '-of', 'json', file]).toString(),
  ) as { streams: { codec_name: string; sample_rate: string; channels: number }[] };
  const s = probe.streams[0];
  if (!s) throw new Error(`${file} has no audio stream`);
  const raw = execFileSync(ffmpeg(), ['-v', 'error', '-i', file, '-map', '0:a:0', '-f', 'f32le', '-'], { maxBuffer: 1 << 30 });
  const pcm = new Float32Array(raw.buffer, raw.byteOffset, Math.floor(raw.byteLength / 4));
  return { stream: { codec: s.codec_name, sampleRate: Number(s.sample_rate), channels: s.channels, samples: pcm.length / s.channels }, pcm };
}

function rms(pcm: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (pcm[i] ?? 0) ** 2;
  return Math.sqrt(sum / Math.max(1, to - from));
}

const db = (x: number) => 20 * Math.log10(Math.max(x, 1e-9));

/**
 * Compares two audio files at the sample level: stream parameters and length (samples), RMS per
 * 100 ms window (dB where the first is audible, fraction of full scale everywhere) and the largest
 * sample difference. Both must have the same rate and channels for the windows to line up.
 */
export function compareAudio(fileA: string, fileB: string): AudioComparison {
  const a = probeAudio(fileA);
  const b = probeAudio(fileB);
  const step = Math.round(a.stream.sampleRate / 10) * a.stream.channels;
  const length = Math.max(a.pcm.length, b.pcm.length);
  let maxRmsDiff = 0;
  let maxRmsDiffDb = 0;
  let firstDifferentWindow = -1;
  let windows = 0;
  for (let from = 0; from < length; from += step, windows++) {
    const to = Math.min(length, from + step);
    const ra = rms(a.pcm, from, to);
    const rb = rms(b.pcm, from, to);
    const diff = Math.abs(ra - rb);
    const diffDb = ra > 10 ** (-50 / 20) ? Math.abs(db(ra) - db(rb)) : 0;
    maxRmsDiff = Math.max(maxRmsDiff, diff);
    maxRmsDiffDb = Math.max(maxRmsDiffDb, diffDb);
    if (firstDifferentWindow < 0 && (diff > 0.01 || diffDb > 0.5)) firstDifferentWindow = windows;
  }
  let maxSampleDiff = 0;
  for (let i = 0; i < Math.min(a.pcm.length, b.pcm.length); i++) maxSampleDiff = Math.max(maxSampleDiff, Math.abs((a.pcm[i] ?? 0) - (b.pcm[i] ?? 0)));
  return { a: a.stream, b: b.stream, windows, maxRmsDiff, maxRmsDiffDb, maxSampleDiff, firstDifferentWindow };
}
