import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** Waveform peaks as served at waveformUrl (8-bit like audiowaveform: −127..127). */
export interface Waveform {
  version: 1;
  /** Seconds of audio analysed. */
  duration: number;
  channels: 1;
  /** Finest first; each level's buckets are 4× longer than the previous one's. */
  levels: { bucketSeconds: number; data: number[] }[];
}

/** Samples per second the audio is decoded at for analysis (mono): 240 samples per 0.01 s bucket. */
export const ANALYSIS_RATE = 24_000;
export const FINEST_BUCKET_SECONDS = 0.01;
const LEVEL_FACTOR = 4;
/** The finest level has at most this many buckets: longer files start at a coarser level. */
const MAX_BUCKETS = 131_072;
/** Levels stop once a level has this few buckets or fewer. */
const MIN_BUCKETS = 64;

/**
 * Folds decoded samples (signed 16-bit, mono) into min/max pairs per bucket, then coarser levels (each
 * bucket the min of mins and max of maxes of LEVEL_FACTOR finer ones). Values are sample >> 8, so a
 * full-scale tone reads about ±127.
 */
export class PeakBuilder {
  private readonly samplesPerBucket: number;
  private readonly finest: number[] = [];
  private min = 127;
  private max = -127;
  private inBucket = 0;
  private leftover: Buffer | null = null;
  private samples = 0;

  constructor(
    readonly bucketSeconds: number,
    private readonly sampleRate = ANALYSIS_RATE,
  ) {
    this.samplesPerBucket = Math.max(1, Math.round(bucketSeconds * sampleRate));
  }

  push(chunk: Buffer): void {
    const bytes = this.leftover ? Buffer.concat([this.leftover, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 2);
    this.leftover = whole < bytes.length ? bytes.subarray(whole) : null;
    for (let i = 0; i < whole; i += 2) {
      const v = bytes.readInt16LE(i) >> 8;
      const value = v < -127 ? -127 : v;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      if (++this.inBucket === this.samplesPerBucket) this.closeBucket();
    }
    this.samples += whole / 2;
  }

  private closeBucket() {
    this.finest.push(this.min, this.max);
    this.min = 127;
    this.max = -127;
    this.inBucket = 0;
  }

  finish(): Waveform {
    if (this.inBucket > 0) this.closeBucket();
    const levels: Waveform['levels'] = [{ bucketSeconds: this.bucketSeconds, data: this.finest }];
    let data = this.finest;
    let seconds = this.bucketSeconds;
    while (data.length / 2 > MIN_BUCKETS) {
      const coarser: number[] = [];
      for (let b = 0; b < data.length; b += 2 * LEVEL_FACTOR) {
        let lo = 127;
        let hi = -127;
        for (let j = b; j < Math.min(b + 2 * LEVEL_FACTOR, data.length); j += 2) {
          lo = Math.min(lo, data[j]!);
          hi = Math.max(hi, data[j + 1]!);
        }
        coarser.push(lo, hi);
      }
      seconds = Math.round(seconds * LEVEL_FACTOR * 1e6) / 1e6;
      levels.push({ bucketSeconds: seconds, data: coarser });
      data = coarser;
    }
    return { version: 1, duration: Math.round((this.samples / this.sampleRate) * 1000) / 1000, channels: 1, levels };
  }
}

/** The finest bucket for a file this long: 0.01 s, or 4× coarser steps until it fits MAX_BUCKETS. */
export function finestBucketSeconds(duration: number): number {
  let seconds = FINEST_BUCKET_SECONDS;
  while (duration / seconds > MAX_BUCKETS) seconds *= LEVEL_FACTOR;
  return Math.round(seconds * 1e6) / 1e6;
}

/** Decodes the first audio stream to mono 16-bit at ANALYSIS_RATE and builds its peaks, streaming. */
export async function makeWaveform(input: string, opts: { duration: number; tools?: MediaTools; signal?: AbortSignal }): Promise<Waveform> {
  const { ffmpeg } = opts.tools ?? mediaTools();
  const peaks = new PeakBuilder(finestBucketSeconds(opts.duration));
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-threads', '1', '-i', input, '-vn', '-sn', '-map', '0:a:0',
      '-ac', '1', '-ar', String(ANALYSIS_RATE), '-f', 's16le', '-c:a', 'pcm_s16le', 'pipe:1'],
    { what: 'making the waveform', timeoutMs: 60_000 + opts.duration * 100, signal: opts.signal, onStdout: (chunk) => peaks.push(chunk) },
  );
  return peaks.finish();
}
