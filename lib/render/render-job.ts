import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeCancelSignal, renderMedia, selectComposition, type openBrowser } from '@remotion/renderer';
import { validateVideoConfig, type VideoConfig } from '../video';
import { BUNDLE_DIR } from './paths';
import { checkMedia, MediaError } from './media-check';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

export interface RenderJobInput {
  config: unknown;
  outputFile: string;
  browser: Browser;
  browserExecutable: string;
  onProgress?: (progress: number, stage: 'rendering' | 'finalizing') => void;
  /** Resolves when the job must stop (lease lost, shutdown). */
  cancelled?: Promise<void>;
}

const COMPOSITION_ID = 'cutroom';

/** Renders one config to an H.264/AAC MP4 with the prebuilt bundle and a reused browser. */
export async function renderJob(input: RenderJobInput): Promise<{ frames: number }> {
  const parsed = validateVideoConfig(input.config);
  if (!parsed.success) throw new MediaError(`Invalid config: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const config: VideoConfig = parsed.config;
  await checkMedia(config);
  if (!fs.existsSync(path.join(BUNDLE_DIR, 'index.html'))) {
    throw new Error(`Composition bundle missing at ${BUNDLE_DIR}: run \`npm run build\` first.`);
  }
  const inputProps = { config };
  const common = {
    serveUrl: BUNDLE_DIR,
    inputProps,
    browserExecutable: input.browserExecutable,
    puppeteerInstance: input.browser,
    logLevel: 'error' as const,
  };
  const composition = await selectComposition({ ...common, id: COMPOSITION_ID });
  const { cancelSignal, cancel } = makeCancelSignal();
  void input.cancelled?.then(cancel);
  await fsp.mkdir(path.dirname(input.outputFile), { recursive: true });
  await renderMedia({
    ...common,
    composition,
    codec: 'h264',
    audioCodec: 'aac',
    outputLocation: input.outputFile,
    cancelSignal,
    concurrency: Math.max(1, Math.min(os.cpus().length, 4)),
    // Every output has an audio track, even a silent one: players and editors expect it.
    enforceAudioTrack: true,
    onProgress: ({ progress, stitchStage }) =>
      input.onProgress?.(progress, stitchStage === 'muxing' ? 'finalizing' : 'rendering'),
  });
  return { frames: composition.durationInFrames };
}
