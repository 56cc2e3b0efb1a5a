import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  combineChunks,
  makeCancelSignal,
  renderMedia,
  renderStill,
  selectComposition,
  type openBrowser,
} from '@remotion/renderer';
import { resolveRemoteSubtitles, validateVideoConfig, type VideoConfig } from '../video';
import type { RenderStage as ContractRenderStage } from '../contract';
import { compositionChromiumOptions } from '../composition/chromium-gl';
import { CUTROOM_COMPOSITION_ID } from '../composition/composition-id';
import { getSettings } from '../config';
import { BUNDLE_DIR } from './paths';
import { checkMedia, MediaError } from './media-check';
import { fetchRemoteJson } from './render-fetch';
import { planChunks } from './chunks';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
type RemotionComposition = Awaited<ReturnType<typeof selectComposition>>;
/** The stages a running job reports (`queued` is the database's, before a worker claims it). */
export type RenderStage = Exclude<ContractRenderStage, 'queued'>;

// Shares of a job's progress (0–1), so it only ever goes up: frames (and, chunked, the join) up to
// RENDERED, then the poster and thumbnail.
const RENDERED = 0.95;
const CHUNKS_RENDERED = 0.85;

// One Chromium tab per process: on 2 cores, parallelism comes from separate chunk processes
// (measured in bench/render.ts), and a single tab keeps one-worker renders lean.
const TABS_PER_PROCESS = getSettings().renderConcurrency;

export interface RenderJobInput {
  config: unknown;
  outputFile: string;
  browser: Browser;
  browserExecutable: string;
  /** Chunk processes to split the frames over (1 = single pass). */
  workers?: number;
  onProgress?: (progress: number, stage: RenderStage) => void;
  onFirstFrame?: () => void;
  /** Resolves when the job must stop (lease lost, shutdown). */
  cancelled?: Promise<void>;
}

export interface RenderJobResult {
  frames: number;
  chunks: number;
  posterFile: string;
  thumbFile: string;
}

/** Validates the config and checks its media; a failure here is the config's fault (MediaError). */
export async function prepareConfig(input: unknown): Promise<VideoConfig> {
  const parsed = validateVideoConfig(input);
  if (!parsed.success) throw new MediaError(`Invalid config: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  // Remote subtitle words ({ src }) are fetched here, server-side; the composition never fetches.
  const resolved = await resolveRemoteSubtitles(parsed.config, fetchRemoteJson);
  if (!resolved.success) throw new MediaError(`Subtitles failed to load — ${resolved.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  await checkMedia(resolved.config);
  if (!fs.existsSync(path.join(BUNDLE_DIR, 'index.html'))) {
    throw new Error(`Composition bundle missing at ${BUNDLE_DIR}: run \`npm run build\` first.`);
  }
  return resolved.config;
}

function commonOptions(config: VideoConfig, browser: Browser, browserExecutable: string) {
  return {
    serveUrl: BUNDLE_DIR,
    inputProps: { config },
    browserExecutable,
    puppeteerInstance: browser,
    // WebGL (three clips) on GPU-less machines: see lib/composition/chromium-gl.ts.
    chromiumOptions: compositionChromiumOptions,
    logLevel: 'error' as const,
  };
}

/** Renders one config to an H.264/AAC MP4 (fast start) with the prebuilt bundle and a reused browser. */
export async function renderJob(input: RenderJobInput): Promise<RenderJobResult> {
  const config = await prepareConfig(input.config);
  const common = commonOptions(config, input.browser, input.browserExecutable);
  const composition = await selectComposition({ ...common, id: CUTROOM_COMPOSITION_ID });
  const { cancelSignal, cancel } = makeCancelSignal();
  const cancelHandlers: (() => void)[] = [cancel];
  void input.cancelled?.then(() => cancelHandlers.forEach((c) => c()));
  await fsp.mkdir(path.dirname(input.outputFile), { recursive: true });

  const plan = planChunks(composition.durationInFrames, Math.max(1, input.workers ?? 1));
  let firstFrameSeen = false;
  const sawFrames = (frames: number) => {
    if (!firstFrameSeen && frames > 0) {
      firstFrameSeen = true;
      input.onFirstFrame?.();
    }
  };

  if (plan.ranges.length === 1) {
    await renderMedia({
      ...common,
      composition,
      codec: 'h264',
      audioCodec: 'aac',
      imageFormat: 'jpeg',
      outputLocation: input.outputFile,
      cancelSignal,
      concurrency: TABS_PER_PROCESS,
      // Every output has an audio track, even a silent one: players and editors expect it.
      enforceAudioTrack: true,
      onProgress: ({ progress, renderedFrames, stitchStage }) => {
        sawFrames(renderedFrames);
        input.onProgress?.(progress * RENDERED, stitchStage === 'muxing' ? 'finalizing' : 'rendering');
      },
    });
  } else {
    await renderChunked({ input, config, composition, plan, cancelSignal, cancelHandlers, sawFrames });
  }
  const { posterFile, thumbFile } = await renderPoster(config, composition, input, common);
  return { frames: composition.durationInFrames, chunks: plan.ranges.length, posterFile, thumbFile };
}

export interface ChunkJob {
  config: VideoConfig;
  frameRange: [number, number];
  videoFile: string;
  audioFile: string;
  browserExecutable: string;
}

/** One chunk as Remotion Lambda renders it: h264-ts video + separate AAC trimmed for seamless joins. */
export async function renderChunk(job: ChunkJob & { browser: Browser; onProgress?: (p: number, frames: number) => void; cancelSignal?: ReturnType<typeof makeCancelSignal>['cancelSignal'] }) {
  const common = commonOptions(job.config, job.browser, job.browserExecutable);
  const composition = await selectComposition({ ...common, id: CUTROOM_COMPOSITION_ID });
  await renderMedia({
    ...common,
    composition,
    codec: 'h264-ts',
    audioCodec: 'aac',
    imageFormat: 'jpeg',
    frameRange: job.frameRange,
    outputLocation: job.videoFile,
    separateAudioTo: job.audioFile,
    forSeamlessAacConcatenation: true,
    enforceAudioTrack: true,
    compositionStart: 0,
    concurrency: TABS_PER_PROCESS,
    cancelSignal: job.cancelSignal,
    onProgress: ({ progress, renderedFrames }) => job.onProgress?.(progress, renderedFrames),
  });
}

async function renderChunked(args: {
  input: RenderJobInput;
  config: VideoConfig;
  composition: RemotionComposition;
  plan: ReturnType<typeof planChunks>;
  cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
  cancelHandlers: (() => void)[];
  sawFrames: (frames: number) => void;
}) {
  const { input, config, composition, plan } = args;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-chunks-'));
  const progress = plan.ranges.map(() => 0);
  const report = () => input.onProgress?.((progress.reduce((a, b) => a + b, 0) / progress.length) * CHUNKS_RENDERED, 'rendering');
  try {
    const jobs: ChunkJob[] = plan.ranges.map((frameRange, i) => ({
      config,
      frameRange,
      videoFile: path.join(dir, `chunk-${i}.ts`),
      audioFile: path.join(dir, `chunk-${i}.aac`),
      browserExecutable: input.browserExecutable,
    }));
    // The first chunk that fails stops the others: their output is useless without it.
    const cancelAll = () => args.cancelHandlers.forEach((c) => c());
    // Chunk 0 renders here with the worker's warm browser; the others in their own processes.
    await Promise.all(
      jobs.map((job, i) =>
        (i === 0
          ? renderChunk({
              ...job,
              browser: input.browser,
              cancelSignal: args.cancelSignal,
              onProgress: (p, frames) => {
                args.sawFrames(frames);
                progress[0] = p;
                report();
              },
            })
          : runChunkProcess(job, (p) => {
              args.sawFrames(1);
              progress[i] = p;
              report();
            }, args.cancelHandlers)
        ).catch((err: unknown) => {
          cancelAll();
          throw err;
        }),
      ),
    );
    input.onProgress?.(CHUNKS_RENDERED, 'combining');
    await combineChunks({
      outputLocation: input.outputFile,
      videoFiles: jobs.map((j) => j.videoFile),
      audioFiles: jobs.map((j) => j.audioFile),
      codec: 'h264',
      audioCodec: 'aac',
      fps: composition.fps,
      framesPerChunk: plan.framesPerChunk,
      compositionDurationInFrames: composition.durationInFrames,
      preferLossless: false,
      cancelSignal: args.cancelSignal,
      logLevel: 'error',
      onProgress: ({ totalProgress }) => input.onProgress?.(CHUNKS_RENDERED + totalProgress * (RENDERED - CHUNKS_RENDERED), 'combining'),
    });
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

const ROOT_DIR = path.resolve(__dirname, '..', '..');

/**
 * Renders one chunk in a child process (`node --import tsx`, so the pid is the renderer itself and a
 * kill reaches it). The job goes through a file (a config can outgrow the argv limit); the child's
 * stdin stays open as a lifeline: if this worker dies, the chunk stops instead of rendering for nobody.
 */
async function runChunkProcess(job: ChunkJob, onProgress: (p: number) => void, cancelHandlers: (() => void)[]): Promise<void> {
  const jobFile = job.videoFile.replace(/\.ts$/, '.job.json');
  await fsp.writeFile(jobFile, JSON.stringify(job));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'lib/render/chunk-main.ts'), jobFile], {
    cwd: ROOT_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  cancelHandlers.push(() => child.kill('SIGKILL'));
  let stderr = '';
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const msg = JSON.parse(line) as { progress?: number };
        if (typeof msg.progress === 'number') onProgress(msg.progress);
      } catch {
        // not a progress line
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Chunk ${job.frameRange.join('-')} failed (${signal ?? code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/** The poster is the first meaningful frame: half a second into the earliest visual clip (past fade-ins). */
export function posterFrame(config: VideoConfig, durationInFrames: number): number {
  const visual = config.tracks.flatMap((t) => t.clips).filter((c) => c.type !== 'audio');
  if (visual.length === 0) return 0;
  const first = visual.reduce((a, b) => (b.start < a.start ? b : a));
  const at = first.start + Math.min(0.5, first.duration / 2);
  return Math.min(durationInFrames - 1, Math.max(0, Math.round(at * config.meta.fps)));
}

async function renderPoster(config: VideoConfig, composition: RemotionComposition, input: RenderJobInput, common: ReturnType<typeof commonOptions>) {
  input.onProgress?.(RENDERED, 'finalizing');
  const frame = posterFrame(config, composition.durationInFrames);
  const posterFile = input.outputFile.replace(/\.mp4$/, '.poster.jpg');
  const thumbFile = input.outputFile.replace(/\.mp4$/, '.thumb.jpg');
  await renderStill({ ...common, composition, frame, output: posterFile, imageFormat: 'jpeg', jpegQuality: 85 });
  await renderStill({
    ...common,
    composition,
    frame,
    output: thumbFile,
    imageFormat: 'jpeg',
    jpegQuality: 75,
    scale: Math.min(1, 320 / composition.width),
  });
  return { posterFile, thumbFile };
}
