import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  combineChunks,
  makeCancelSignal,
  renderFrames,
  renderMedia,
  type openBrowser,
  type selectComposition,
} from '@remotion/renderer';
import { planFrames, resolveRemoteSubtitles, validateVideoConfig, type VideoConfig } from '../video';
import type { RenderStage as ContractRenderStage } from '../contract';
import { chromiumOptionsFor } from '../composition/chromium-gl';
import { cutroomComposition } from '../composition/cutroom-composition';
import { getSettings } from '../config';
import { BUNDLE_DIR } from './paths';
import { MediaError } from './media-check';
import { prefetchMedia } from './media-prefetch';
import { fetchRemoteJson } from '../server/net/fetch-remote-json';
import { planChunks } from './chunks';
import { renderHeld, shouldHold, splitEvenly, type CaptureElsewhere } from './held-render';
import { awaitFarmChunk, chunkKeys, download, fetchFrames, localSlot, type FarmContext } from './farm';
import { mediaTools } from '../media/tools';
import { runTool } from '../media/run-tool';

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
  /** RENDER_FARM: the shares past this worker's own become RenderChunk jobs any worker may take (lib/render/farm.ts). */
  farm?: FarmContext;
}

export interface RenderJobResult {
  frames: number;
  chunks: number;
  /** Frames captured in Chromium (fewer than `frames` when the frame plan held some). */
  captured: number;
  /** Milliseconds per stage (prepare, select, capture/render, encode, poster…), for logs and bench/render.ts. */
  stages: Record<string, number>;
  posterFile: string;
  thumbFile: string;
}

/**
 * Validates the config, resolves remote subtitle words and fetches its media to this process
 * (lib/render/media-prefetch.ts); a failure here is the config's fault (MediaError). Close the result
 * once the render is over.
 */
export async function prepareConfig(input: unknown): Promise<{ config: VideoConfig; close: () => Promise<void> }> {
  const parsed = validateVideoConfig(input);
  if (!parsed.success) throw new MediaError(`Invalid config: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  // Remote subtitle words ({ src }) are fetched here, server-side; the composition never fetches.
  const resolved = await resolveRemoteSubtitles(parsed.config, fetchRemoteJson);
  if (!resolved.success) throw new MediaError(`Subtitles failed to load — ${resolved.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  if (!fs.existsSync(path.join(BUNDLE_DIR, 'index.html'))) {
    throw new Error(`Composition bundle missing at ${BUNDLE_DIR}: run \`npm run build\` first.`);
  }
  return prefetchMedia(resolved.config);
}

function commonOptions(config: VideoConfig, browser: Browser, browserExecutable: string) {
  return {
    serveUrl: BUNDLE_DIR,
    inputProps: { config },
    browserExecutable,
    puppeteerInstance: browser,
    // WebGL (three clips) on GPU-less machines: see lib/composition/chromium-gl.ts.
    chromiumOptions: chromiumOptionsFor(config),
    logLevel: 'error' as const,
  };
}

/** Renders one config to an H.264/AAC MP4 (fast start) with the prebuilt bundle and a reused browser. */
export async function renderJob(input: RenderJobInput): Promise<RenderJobResult> {
  const started = Date.now();
  const media = await prepareConfig(input.config);
  const prepareMs = Date.now() - started;
  try {
    const result = await renderPrepared(input, media.config);
    return { ...result, stages: { prepare: prepareMs, ...result.stages } };
  } finally {
    await media.close();
  }
}

async function renderPrepared(input: RenderJobInput, config: VideoConfig): Promise<RenderJobResult> {
  const stages: Record<string, number> = {};
  let mark = Date.now();
  const lap = (stage: string) => {
    const now = Date.now();
    stages[stage] = (stages[stage] ?? 0) + now - mark;
    mark = now;
  };
  const common = commonOptions(config, input.browser, input.browserExecutable);
  const composition = cutroomComposition(config);
  lap('select');
  const { cancelSignal, cancel } = makeCancelSignal();
  let isStopped = false;
  const cancelHandlers: (() => void)[] = [cancel, () => (isStopped = true)];
  const isCancelled = () => isStopped;
  void input.cancelled?.then(() => cancelHandlers.forEach((c) => c()));
  await fsp.mkdir(path.dirname(input.outputFile), { recursive: true });

  const workers = Math.max(1, input.workers ?? 1);
  // Mostly-still videos: capture each distinct frame once (lib/video/frame-plan.ts; FRAME_PLAN=off turns it off).
  const framePlan = getSettings().framePlan ? planFrames(config) : null;
  if (framePlan && shouldHold(framePlan)) {
    const held = await renderHeld({
      config,
      composition,
      plan: framePlan,
      serveUrl: BUNDLE_DIR,
      browser: input.browser,
      browserExecutable: input.browserExecutable,
      outputFile: input.outputFile,
      cancelSignal,
      workers,
      captureElsewhere: input.farm
        ? captureOnFarm(input.farm, splitEvenly(framePlan.runs.map((r) => r.from), workers), captureInChildProcess(config, input.browserExecutable, cancelHandlers), isCancelled)
        : captureInChildProcess(config, input.browserExecutable, cancelHandlers),
      onProgress: (progress, stage) => input.onProgress?.(progress * RENDERED, stage),
      onFirstFrame: input.onFirstFrame,
      posterFrame: posterFrame(config, composition.durationInFrames),
      onStage: (stage, ms) => (stages[stage] = ms),
    });
    mark = Date.now();
    try {
      input.onProgress?.(RENDERED, 'finalizing');
      const { posterFile, thumbFile } = await posterFromCapture(held.posterFile as string, input.outputFile);
      lap('poster');
      return { frames: composition.durationInFrames, chunks: Math.min(workers, framePlan.runs.length), captured: held.captured, stages, posterFile, thumbFile };
    } finally {
      await held.cleanup();
    }
  }

  const plan = planChunks(composition.durationInFrames, workers);
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
    await renderChunked({ input, config, composition, plan, cancelSignal, cancelHandlers, isCancelled, sawFrames });
  }
  lap('render');
  input.onProgress?.(RENDERED, 'finalizing');
  // The poster is decoded from the video (no second capture of a frame that was just rendered).
  const { posterFile, thumbFile } = await posterFromVideo(input.outputFile, posterFrame(config, composition.durationInFrames), composition.fps);
  lap('poster');
  return { frames: composition.durationInFrames, chunks: plan.ranges.length, captured: composition.durationInFrames, stages, posterFile, thumbFile };
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
  const composition = cutroomComposition(job.config);
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
  isCancelled: () => boolean;
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
    // Chunk 0 renders here with the worker's warm browser; the others in their own processes (or, on
    // the farm, on whichever workers take them).
    const renderOwn = (job: ChunkJob) =>
      renderChunk({
        ...job,
        browser: input.browser,
        cancelSignal: args.cancelSignal,
        onProgress: (p, frames) => {
          args.sawFrames(frames);
          progress[0] = p;
          report();
        },
      });
    const renderOther = (job: ChunkJob, i: number) =>
      runChunkProcess(job, (p) => {
        args.sawFrames(1);
        progress[i] = p;
        report();
      }, args.cancelHandlers);
    const farm = input.farm;
    // On the farm, a chunk nobody else took (or whose worker died) renders here after chunk 0, one at a
    // time, on the same warm browser (no extra Chromium to start on a host that is busy already).
    let ownSettled: () => void = () => undefined;
    const ownChunk = new Promise<void>((resolve) => (ownSettled = resolve));
    const slot = localSlot(ownChunk);
    const renderLeftover = (job: ChunkJob, i: number) =>
      renderChunk({
        ...job,
        browser: input.browser,
        cancelSignal: args.cancelSignal,
        onProgress: (p) => {
          progress[i] = p;
          report();
        },
      });
    await Promise.all(
      jobs.map((job, i) =>
        (farm
          ? awaitFarmChunk({
              farm,
              spec: { index: i, kind: 'media', frameFrom: job.frameRange[0], frameTo: job.frameRange[1] },
              graceMs: i === 0 ? 0 : undefined,
              slot: i === 0 ? undefined : slot,
              fetchOutput: async (prefix) => {
                await download(chunkKeys.video(prefix), job.videoFile);
                await download(chunkKeys.audio(prefix), job.audioFile);
              },
              renderHere: () => (i === 0 ? renderOwn(job) : renderLeftover(job, i)),
              onProgress: (p) => {
                if (p > 0) args.sawFrames(1);
                progress[i] = p;
                report();
              },
              isCancelled: args.isCancelled,
            }).finally(() => {
              if (i === 0) ownSettled();
            })
          : i === 0
            ? renderOwn(job)
            : renderOther(job, i)
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

/** Frames of a held render captured by a chunk process (num_workers > 1). */
export interface FramesJob {
  kind: 'frames';
  config: VideoConfig;
  frames: number[];
  outputDir: string;
  browserExecutable: string;
}

/** A child process's share of a held render: the frames, as `frame-<n>.jpeg` in the job's folder. */
export async function captureFrames(job: FramesJob & { browser: Browser; onProgress?: (p: number) => void }) {
  const common = commonOptions(job.config, job.browser, job.browserExecutable);
  const composition = cutroomComposition(job.config);
  await renderFrames({
    ...common,
    composition,
    frames: job.frames,
    outputDir: job.outputDir,
    imageFormat: 'jpeg',
    imageSequencePattern: 'frame-[frame].[ext]',
    muted: true,
    concurrency: 1,
    onStart: () => undefined,
    onFrameUpdate: (count) => job.onProgress?.(count / job.frames.length),
  });
}

function captureInChildProcess(config: VideoConfig, browserExecutable: string, cancelHandlers: (() => void)[]): CaptureElsewhere {
  return async ({ frames, outputDir }, onProgress) => {
    await fsp.mkdir(outputDir, { recursive: true });
    const job: FramesJob = { kind: 'frames', config, frames, outputDir, browserExecutable };
    await runChildProcess(job, path.join(outputDir, 'job.json'), `Frames ${frames[0]}–${frames[frames.length - 1]}`, (p) => onProgress(Math.round(p * frames.length)), cancelHandlers);
  };
}

/**
 * A held render's captures past part 0 on the farm: each part is a `frames` chunk; its JPEGs come back
 * through storage into the folder renderHeld reads (or are captured here, as locally, when nobody takes it).
 */
function captureOnFarm(farm: FarmContext, parts: number[][], local: CaptureElsewhere, isCancelled: () => boolean): CaptureElsewhere {
  return async ({ frames, outputDir }, onProgress) => {
    const index = parts.findIndex((part) => part[0] === frames[0] && part.length === frames.length);
    if (index < 1) throw new Error(`No farm part starts at frame ${frames[0]}`);
    await awaitFarmChunk({
      farm,
      spec: { index, kind: 'frames', frameFrom: frames[0] as number, frameTo: frames[frames.length - 1] as number, frames },
      fetchOutput: (prefix) => fetchFrames(prefix, outputDir),
      renderHere: (p) => local({ frames, outputDir }, (done) => p(done / frames.length)),
      onProgress: (p) => onProgress(Math.round(p * frames.length)),
      isCancelled,
    });
  };
}

const posterFiles = (outputFile: string) => ({ posterFile: outputFile.replace(/\.mp4$/, '.poster.jpg'), thumbFile: outputFile.replace(/\.mp4$/, '.thumb.jpg') });

function ffmpeg(what: string, args: string[]) {
  const { ffmpeg: bin } = mediaTools({ ffmpeg: getSettings().ffmpegPath });
  return runTool(bin, ['-v', 'error', ...args], { what, timeoutMs: 60_000, niceness: 0, yieldsToRenders: false });
}

/** The poster is the captured frame itself; the thumbnail is it scaled to 320 px wide. */
async function posterFromCapture(capture: string, outputFile: string) {
  const files = posterFiles(outputFile);
  await fsp.copyFile(capture, files.posterFile);
  await ffmpeg('making the thumbnail', ['-i', capture, '-vf', "scale='min(320,iw)':-2", '-q:v', '4', '-y', files.thumbFile]);
  return files;
}

/** The poster decoded from the rendered video at `frame` (an exact seek), and its 320 px thumbnail. */
async function posterFromVideo(videoFile: string, frame: number, fps: number) {
  const files = posterFiles(videoFile);
  await ffmpeg('making the poster', ['-ss', (frame / fps).toFixed(6), '-i', videoFile, '-frames:v', '1', '-q:v', '2', '-y', files.posterFile]);
  await ffmpeg('making the thumbnail', ['-i', files.posterFile, '-vf', "scale='min(320,iw)':-2", '-q:v', '4', '-y', files.thumbFile]);
  return files;
}

/**
 * Renders one chunk in a child process (`node --import tsx`, so the pid is the renderer itself and a
 * kill reaches it). The job goes through a file (a config can outgrow the argv limit); the child's
 * stdin stays open as a lifeline: if this worker dies, the chunk stops instead of rendering for nobody.
 */
function runChunkProcess(job: ChunkJob, onProgress: (p: number) => void, cancelHandlers: (() => void)[]): Promise<void> {
  return runChildProcess(job, job.videoFile.replace(/\.ts$/, '.job.json'), `Chunk ${job.frameRange.join('-')}`, onProgress, cancelHandlers);
}

async function runChildProcess(job: ChunkJob | FramesJob, jobFile: string, what: string, onProgress: (p: number) => void, cancelHandlers: (() => void)[]): Promise<void> {
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
      code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
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
