import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RenderInternals, renderFrames, renderMedia, stitchFramesToVideo, type makeCancelSignal, type openBrowser, type selectComposition } from '@remotion/renderer';
import { getSettings } from '../config';
import { mediaTools } from '../media/tools';
import { runTool } from '../media/run-tool';
import { planSound, type FramePlan, type VideoConfig } from '../video';
import { mixPlannedSound } from './sound-mix';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
type RemotionComposition = Awaited<ReturnType<typeof selectComposition>>;
type CancelSignal = ReturnType<typeof makeCancelSignal>['cancelSignal'];

/**
 * The plan is used when it spares at least this share of the frames; below that, renderMedia's
 * pipelined capture-and-encode is as fast (measured in bench/frame-plan.ts).
 */
export const MIN_HELD_SHARE = 0.25;

/** Whether a render should follow the plan (else a plain renderMedia pass is as fast). */
export function shouldHold(plan: FramePlan): boolean {
  return plan.durationInFrames - plan.runs.length >= MIN_HELD_SHARE * plan.durationInFrames;
}

/** Captures `frames` of the composition into `outputDir` as `frame-<n>.jpeg` (in a child process, for num_workers > 1). */
export type CaptureElsewhere = (job: { frames: number[]; outputDir: string }, onProgress: (done: number) => void) => Promise<void>;

export interface HeldRenderInput {
  config: VideoConfig;
  composition: RemotionComposition;
  plan: FramePlan;
  serveUrl: string;
  browser: Browser;
  browserExecutable: string;
  outputFile: string;
  cancelSignal?: CancelSignal;
  /** Processes to share the captures between (1 = this one only); the others run through `captureElsewhere`. */
  workers?: number;
  captureElsewhere?: CaptureElsewhere;
  /** 0–1: the captures (the encoder follows them), then the join. */
  onProgress?: (progress: number, stage: 'rendering' | 'finalizing') => void;
  onFirstFrame?: () => void;
  /** Stage timings in ms, for bench/frame-plan.ts. */
  onStage?: (stage: string, ms: number) => void;
  /** A frame whose capture is kept as a file (the poster). */
  posterFrame?: number;
  /** Screenshot scale (tests render big fixtures small); the output is scaled alike. */
  scale?: number;
}

export interface HeldRenderResult {
  /** Frames captured in Chromium (the plan's runs). */
  captured: number;
  /** The capture showing `input.posterFrame` as a JPEG file (until `cleanup`). */
  posterFile: string | undefined;
  /** The working folder (captures, sequence), until cleanup. */
  dir: string;
  cleanup: () => Promise<void>;
}

type SoundClip = { type: string; muted?: boolean; volume?: number; children?: SoundClip[] };
const canSound = (clip: SoundClip): boolean => clip.type === 'audio' || clip.type === 'video' || (clip.children ?? []).some(canSound);
const soundOnlyClips = <C extends SoundClip>(clips: C[]): C[] => clips.filter(canSound);

/**
 * The config with only what can sound: audio and video clips, and layouts holding them. An
 * audio-only render never draws its picture, so the other clips would only cost time on every frame.
 */
export function soundOnlyConfig(config: VideoConfig): VideoConfig {
  return { ...config, tracks: config.tracks.map((track) => ({ ...track, clips: soundOnlyClips(track.clips as SoundClip[]) as typeof track.clips })) };
}

const CAPTURE_NAME = /^frame-(\d+)\.jpeg$/;

/**
 * Renders an MP4 capturing only the frames the plan says are new (lib/video/frame-plan.ts), each
 * once, then encodes the whole video in one pass with Remotion's own stitcher and renderMedia's
 * defaults (H.264 CRF 18, yuv420p, bt709; AAC): every held frame repeats its run's capture. The sound
 * is an audio-only render of the whole timeline (no screenshots), muxed in as it is.
 */
export async function renderHeld(input: HeldRenderInput): Promise<HeldRenderResult> {
  const { composition, plan } = input;
  const scale = input.scale ?? 1;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-held-'));
  const cleanup = () => fsp.rm(dir, { recursive: true, force: true });
  const timed = async <T>(stage: string, work: Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work;
    input.onStage?.(stage, Date.now() - started);
    return result;
  };
  try {
    const common = {
      serveUrl: input.serveUrl,
      composition,
      inputProps: { config: input.config },
      browserExecutable: input.browserExecutable,
      puppeteerInstance: input.browser,
      cancelSignal: input.cancelSignal,
      logLevel: 'error' as const,
      concurrency: 1,
    };
    const captures = plan.runs.map((run) => run.from);
    const parts = splitEvenly(captures, input.captureElsewhere ? Math.max(1, input.workers ?? 1) : 1);
    const done = parts.map(() => 0);
    const report = () => input.onProgress?.((done.reduce((a, b) => a + b, 0) / captures.length) * 0.9, 'rendering');
    let firstFrameSeen = false;
    const sawFrames = (part: number, count: number) => {
      if (!firstFrameSeen && count > 0) {
        firstFrameSeen = true;
        input.onFirstFrame?.();
      }
      done[part] = count;
      report();
    };

    // Captures arrive in frame order (one tab) as buffers, or as files from the other processes.
    const waiting = new Map(captures.map((frame) => [frame, deferred<Buffer>()]));
    const failAll = (err: unknown) => waiting.forEach((d) => d.reject(err));
    const posterFrameNumber = input.posterFrame === undefined ? undefined : runStart(plan, input.posterFrame);
    const posterFile = path.join(dir, 'poster.jpeg');
    const capture = Promise.all(
      parts.map(async (frames, i) => {
        if (i === 0) {
          await renderFrames({
            ...common,
            frames,
            outputDir: null,
            imageFormat: 'jpeg',
            scale,
            muted: true,
            onStart: () => undefined,
            onFrameUpdate: (count) => sawFrames(0, count),
            onFrameBuffer: async (buffer, frame) => {
              if (frame === posterFrameNumber) await fsp.writeFile(posterFile, buffer);
              waiting.get(frame)?.resolve(buffer);
            },
          });
          return;
        }
        const outputDir = path.join(dir, `captures-${i}`);
        await input.captureElsewhere?.({ frames, outputDir }, (count) => sawFrames(i, count));
        const files = new Map<number, string>();
        for (const name of await fsp.readdir(outputDir)) {
          const m = CAPTURE_NAME.exec(name);
          if (m) files.set(Number(m[1]), path.join(outputDir, name));
        }
        for (const frame of frames) {
          const file = files.get(frame);
          if (file === undefined) throw new Error(`Frame ${frame} was not captured`);
          if (frame === posterFrameNumber) await fsp.copyFile(file, posterFile);
          waiting.get(frame)?.resolve(await fsp.readFile(file));
        }
      }),
    ).catch((err: unknown) => {
      failAll(err);
      throw err;
    });
    const audioFile = path.join(dir, 'audio.aac');
    // The sound from the config (lib/video/sound-plan.ts) through Remotion's mixer; what the plan cannot
    // reproduce exactly goes through Remotion's audio-only render (a pass over every frame).
    const soundPlan = planSound(input.config, composition.durationInFrames);
    const sound = soundPlan.exact
      ? timed('audio', mixPlannedSound({ plan: soundPlan, fps: composition.fps, durationInFrames: composition.durationInFrames, width: composition.width, height: composition.height, outputFile: audioFile, cancelSignal: input.cancelSignal }))
      : timed('audio (remotion pass)', renderSound({ ...common, audioFile }));

    const videoFile = path.join(dir, 'video.mp4');
    const encode = timed(
      'encode',
      encodePlan({
        plan,
        pictureOf: async (frame) => {
          const buffer = await (waiting.get(frame) as Deferred<Buffer>).promise;
          waiting.delete(frame); // a run's picture is not needed once written
          return buffer;
        },
        fps: composition.fps,
        width: Math.round(composition.width * scale),
        height: Math.round(composition.height * scale),
        dir,
        outputFile: videoFile,
        cancelSignal: input.cancelSignal,
      }),
    );

    await Promise.all([timed('capture', capture), sound, encode]);
    input.onProgress?.(0.95, 'finalizing');
    await timed('mux', mux(videoFile, audioFile, input.outputFile));
    return { captured: captures.length, posterFile: posterFrameNumber === undefined ? undefined : posterFile, dir, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/**
 * Encodes the plan's video (no sound) with Remotion's stitcher and renderMedia's encoder arguments:
 * every output frame goes in order through a FIFO (`pipedInput`), each run's picture (a JPEG, from
 * `pictureOf(run.from)`, awaited in run order) once per frame of the run — so the encoder works
 * while later pictures are still being captured.
 */
export async function encodePlan(args: {
  plan: FramePlan;
  pictureOf: (frame: number) => Promise<Buffer>;
  fps: number;
  width: number;
  height: number;
  dir: string;
  outputFile: string;
  cancelSignal?: CancelSignal;
}): Promise<void> {
  const fifo = path.join(args.dir, 'frames.fifo');
  await runTool('mkfifo', [fifo], { what: 'preparing the encoder', timeoutMs: 10_000, niceness: 0, yieldsToRenders: false });
  const encode = stitchFramesToVideo({
    fps: args.fps,
    width: args.width,
    height: args.height,
    assetsInfo: emptyAssetsInfo(),
    codec: 'h264',
    muted: true,
    outputLocation: args.outputFile,
    force: true,
    cancelSignal: args.cancelSignal,
    // No onProgress: with no audio assets the stitcher would read "frame 0" twice as finished and quit.
    ffmpegOverride: ({ args: command }) => pipedInput(command, fifo),
  }).catch(async (err: unknown) => {
    await unblockWriter(fifo);
    throw err;
  });
  const write = (async () => {
    const handle = await fsp.open(fifo, 'w'); // waits for the encoder to open its end
    try {
      for (const run of args.plan.runs) {
        const picture = await args.pictureOf(run.from);
        for (let i = 0; i < run.frames; i++) await handle.write(picture);
      }
    } finally {
      await handle.close();
    }
  })();
  await Promise.all([encode, write]);
  await fsp.rm(fifo, { force: true });
}

/**
 * The stitcher's command reads an image sequence (`-r fps -f image2 -s WxH -start_number 0 -i name`);
 * this makes it read JPEGs from a pipe instead, exactly as renderMedia's encoder does
 * (`-r fps -f image2pipe -s WxH -vcodec mjpeg -i -`); the encoding arguments stay Remotion's.
 */
export function pipedInput(args: string[], fifo: string): string[] {
  const rate = args.indexOf('-r');
  const input = args.indexOf('-i', rate);
  const size = args.indexOf('-s', rate);
  if (rate < 0 || input < 0 || size < 0 || args[rate + 3] !== 'image2') throw new Error('Unexpected stitcher command: cannot switch it to the frame plan');
  return [...args.slice(0, rate), '-r', args[rate + 1] as string, '-f', 'image2pipe', '-s', args[size + 1] as string, '-vcodec', 'mjpeg', '-i', fifo, ...args.slice(input + 2)];
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failed capture is reported once, by the capture itself
  return { promise, resolve, reject };
}

/** When the encoder fails before opening the FIFO, the writer's open would wait forever: open and close the other end. */
async function unblockWriter(fifo: string) {
  const handle = await fsp.open(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK).catch(() => null);
  await handle?.close();
}

/**
 * The stitcher's asset description: no audio assets (the sound is muxed in after), a fresh set of
 * Remotion's temporary folders (RenderInternals.makeDownloadMap, as renderFrames makes them), which the
 * stitcher removes when it is done.
 */
function emptyAssetsInfo(): Parameters<typeof stitchFramesToVideo>[0]['assetsInfo'] {
  return {
    assets: [],
    imageSequenceName: 'piped',
    firstFrameIndex: 0,
    downloadMap: RenderInternals.makeDownloadMap(48000),
    chunkLengthInSeconds: 0,
    trimLeftOffset: 0,
    trimRightOffset: 0,
    forSeamlessAacConcatenation: false,
  };
}

/** The first frame of the run holding `frame`. */
function runStart(plan: FramePlan, frame: number): number {
  let start = 0;
  for (const run of plan.runs) {
    if (run.from > frame) break;
    start = run.from;
  }
  return start;
}

/** `items` in `n` contiguous parts of (nearly) equal length; no empty part. */
export function splitEvenly<T>(items: T[], n: number): T[][] {
  const count = Math.max(1, Math.min(n, items.length));
  const size = Math.ceil(items.length / count);
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
}

/** The timeline's sound as renderMedia mixes it: an audio-only render (no screenshots) of the sound-only config, over the same frames. */
async function renderSound(args: { composition: RemotionComposition; audioFile: string } & Omit<Parameters<typeof renderMedia>[0], 'codec' | 'outputLocation' | 'composition'>) {
  const config = soundOnlyConfig((args.inputProps as { config: VideoConfig }).config);
  // The composition keeps its length (selected from the whole config); only the drawn clips go.
  const composition = { ...args.composition, props: { ...args.composition.props, config } };
  await renderMedia({ ...args, composition, inputProps: { config }, codec: 'aac', outputLocation: args.audioFile });
}

/** The encoded picture and the sound in one fast-start MP4, both copied as they are. */
async function mux(videoFile: string, audioFile: string, outputFile: string): Promise<void> {
  await ffmpeg('joining picture and sound', ['-i', videoFile, '-i', audioFile, '-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-movflags', '+faststart', '-y', outputFile]);
}

function ffmpeg(what: string, args: string[]) {
  const { ffmpeg: bin } = mediaTools({ ffmpeg: getSettings().ffmpegPath });
  return runTool(bin, ['-v', 'error', ...args], { what, timeoutMs: 10 * 60_000, niceness: 0, yieldsToRenders: false });
}
