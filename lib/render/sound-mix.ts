import { RenderInternals, stitchFramesToVideo, type makeCancelSignal } from '@remotion/renderer';
import type { SoundPlan } from '../video';

type CancelSignal = ReturnType<typeof makeCancelSignal>['cancelSignal'];
type AssetsInfo = Parameters<typeof stitchFramesToVideo>[0]['assetsInfo'];
type FrameAssets = AssetsInfo['assets'][number];

/** renderMedia's sample rate when the composition sets none. */
const SAMPLE_RATE = 48_000;

/**
 * The per-frame audio assets a render of the composition would collect (one entry per frame, as
 * renderFrames returns them), built from the sound plan instead of visiting every frame in Chromium.
 * Each source keeps one asset id, so a run of consecutive frames is one asset for the mixer and a gap
 * (a silent frame) starts a new one — as in the browser.
 */
export function assetsFromPlan(plan: Extract<SoundPlan, { exact: true }>, durationInFrames: number): FrameAssets[] {
  const frames: FrameAssets[] = Array.from({ length: durationInFrames }, (_, frame) => ({ frame, audioAndVideoAssets: [], artifactAssets: [], inlineAudioAssets: [] }));
  plan.sources.forEach((source, i) => {
    for (const f of source.frames) {
      frames[f.frame]?.audioAndVideoAssets.push({
        type: source.type,
        src: source.src,
        id: `${source.type}-${i}`,
        frame: f.frame,
        volume: f.volume,
        mediaFrame: f.mediaFrame,
        playbackRate: source.playbackRate,
        toneFrequency: 1,
        audioStartFrame: source.audioStartFrame,
        audioStreamIndex: 0,
      });
    }
  });
  return frames;
}

/**
 * The timeline's sound as an AAC file (48 kHz stereo, as renderMedia makes it), mixed from the sound
 * plan by Remotion's own audio pipeline (the stitcher's audio-only path: each asset trimmed, sped up,
 * given its per-frame volume and delayed by ffmpeg, then summed and encoded) — the same filters and
 * encoder renderMedia runs on the assets it collects from the browser, so the samples are the same,
 * without the pass over every frame. Also when nothing sounds: the silent track is renderMedia's.
 */
export async function mixPlannedSound(args: {
  plan: Extract<SoundPlan, { exact: true }>;
  fps: number;
  durationInFrames: number;
  width: number;
  height: number;
  outputFile: string;
  cancelSignal?: CancelSignal;
}): Promise<void> {
  await stitchFramesToVideo({
    assetsInfo: {
      assets: assetsFromPlan(args.plan, args.durationInFrames),
      imageSequenceName: 'none',
      firstFrameIndex: 0,
      downloadMap: RenderInternals.makeDownloadMap(SAMPLE_RATE),
      // renderFrames' values for a whole render (no seamless AAC chunks).
      chunkLengthInSeconds: args.durationInFrames / args.fps,
      trimLeftOffset: 0,
      trimRightOffset: 0,
      forSeamlessAacConcatenation: false,
    },
    fps: args.fps,
    width: args.width,
    height: args.height,
    codec: 'aac',
    outputLocation: args.outputFile,
    force: true,
    cancelSignal: args.cancelSignal,
    sampleRate: SAMPLE_RATE,
  });
}
