import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import { durationInFrames, type VideoConfig } from '../../video';
import { compositionChromiumOptions } from '../chromium-gl';
import { CUTROOM_COMPOSITION_ID } from '../composition-id';
import { decodePng, type RgbaImage } from './decode-png';

/** No network here and no downloaded browser: every renderer call uses the system Chromium. */
export const BROWSER_EXECUTABLE = '/usr/bin/chromium';

export interface StillRenderer {
  /** Renders one frame of a config and decodes it; `scale` < 1 renders big fixtures small. */
  still(config: VideoConfig, frame: number, scale?: number): Promise<RgbaImage>;
  /** What the bundled Root + calculateMetadata report for a config (the real selectComposition path). */
  metadata(config: VideoConfig): Promise<{ id: string; width: number; height: number; fps: number; durationInFrames: number }>;
  close(): Promise<void>;
}

/** The fixtures' media (e2e/fixtures/media): configs reference it by the relative URL `media/<file>`. */
export const FIXTURE_MEDIA_DIR = fileURLToPath(new URL('../../../e2e/fixtures/media', import.meta.url));

/**
 * Bundles the composition once (into a temp dir) and keeps one browser open, so a test file pays
 * for webpack and Chromium start-up once, not per still. The fixture media is copied next to the
 * bundle's index.html, so `media/<file>` srcs resolve offline exactly as the fixtures write them.
 */
export async function createStillRenderer(): Promise<StillRenderer> {
  const outDir = await mkdtemp(join(tmpdir(), 'cutroom-bundle-'));
  const serveUrl = await bundle({
    entryPoint: fileURLToPath(new URL('../entry.ts', import.meta.url)),
    outDir,
    // Anything but the app's public/ folder, which the bundler would otherwise copy in.
    publicDir: FIXTURE_MEDIA_DIR,
    enableCaching: false,
  });
  await cp(FIXTURE_MEDIA_DIR, join(outDir, 'media'), { recursive: true });
  const browser = await openBrowser('chrome', { browserExecutable: BROWSER_EXECUTABLE, chromiumOptions: compositionChromiumOptions });
  return {
    async still(config, frame, scale = 1) {
      const inputProps = { config };
      const composition = compositionFor(config);
      const { buffer } = await renderStill({
        serveUrl,
        composition,
        inputProps,
        frame,
        scale,
        imageFormat: 'png',
        output: null,
        browserExecutable: BROWSER_EXECUTABLE,
        puppeteerInstance: browser,
        logLevel: 'error',
      });
      if (buffer === null) throw new Error('renderStill returned no buffer');
      return decodePng(buffer);
    },
    async metadata(config) {
      const composition = await selectComposition({
        serveUrl,
        id: CUTROOM_COMPOSITION_ID,
        inputProps: { config },
        browserExecutable: BROWSER_EXECUTABLE,
        puppeteerInstance: browser,
        logLevel: 'error',
      });
      const { id, width, height, fps, durationInFrames: frames } = composition;
      return { id, width, height, fps, durationInFrames: frames };
    },
    async close() {
      await browser.close({ silent: true });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * The composition object for a config, built here instead of by selectComposition (which costs a page
 * load per call); the still renderer's metadata() checks that the bundled calculateMetadata agrees.
 */
export function compositionFor(config: VideoConfig) {
  const inputProps = { config };
  return {
    id: CUTROOM_COMPOSITION_ID,
    width: config.meta.width,
    height: config.meta.height,
    fps: config.meta.fps,
    durationInFrames: durationInFrames(config),
    defaultProps: inputProps,
    props: inputProps,
    defaultCodec: null,
    defaultOutName: null,
    defaultVideoImageFormat: null,
    defaultPixelFormat: null,
    defaultProResProfile: null,
    defaultSampleRate: null,
  };
}
