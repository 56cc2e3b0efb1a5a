import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import type { VideoConfig } from '../../video';
import { compositionChromiumOptions } from '../chromium-gl';
import { CUTROOM_COMPOSITION_ID } from '../composition-id';
import { cutroomComposition } from '../cutroom-composition';
import { decodePng, type RgbaImage } from './decode-png';
import { makeTestBundle } from './test-bundle';

export { FIXTURE_MEDIA_DIR } from './test-bundle';

/** No network here and no downloaded browser: every renderer call uses the system Chromium. */
export const BROWSER_EXECUTABLE = '/usr/bin/chromium';

export interface StillRenderer {
  /** Renders one frame of a config and decodes it; `scale` < 1 renders big fixtures small. */
  still(config: VideoConfig, frame: number, scale?: number): Promise<RgbaImage>;
  /** What the bundled Root + calculateMetadata report for a config (the real selectComposition path). */
  metadata(config: VideoConfig): Promise<{ id: string; width: number; height: number; fps: number; durationInFrames: number }>;
  close(): Promise<void>;
}

/**
 * One bundle (makeTestBundle) and one open browser, so a test file pays for Chromium start-up once, not
 * per still; `media/<file>` srcs resolve offline exactly as the fixtures write them.
 */
export async function createStillRenderer(): Promise<StillRenderer> {
  const testBundle = await makeTestBundle();
  const { serveUrl } = testBundle;
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
      await testBundle.remove();
    },
  };
}

/** The composition object for a config, as render jobs build it (no selectComposition page load per still). */
export const compositionFor = cutroomComposition;
