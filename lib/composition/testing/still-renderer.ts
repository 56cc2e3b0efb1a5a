import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import type { VideoConfig } from '../../video';
import { CUTROOM_COMPOSITION_ID } from '../composition-id';
import { decodePng, type RgbaImage } from './decode-png';

/** No network here and no downloaded browser: every renderer call uses the system Chromium. */
export const BROWSER_EXECUTABLE = '/usr/bin/chromium';

export interface StillRenderer {
  /** Renders one frame of a config and decodes it. */
  still(config: VideoConfig, frame: number): Promise<RgbaImage>;
  close(): Promise<void>;
}

/**
 * Bundles the composition once (into a temp dir) and keeps one browser open, so a test file pays
 * for webpack and Chromium start-up once, not per still. `publicDir` is served as static files.
 */
export async function createStillRenderer(options: { publicDir?: string } = {}): Promise<StillRenderer> {
  const outDir = await mkdtemp(join(tmpdir(), 'cutroom-bundle-'));
  const serveUrl = await bundle({
    entryPoint: fileURLToPath(new URL('../entry.ts', import.meta.url)),
    outDir,
    publicDir: options.publicDir ?? null,
    enableCaching: false,
  });
  const browser = await openBrowser('chrome', { browserExecutable: BROWSER_EXECUTABLE });
  return {
    async still(config, frame) {
      const inputProps = { config };
      const composition = await selectComposition({
        serveUrl,
        id: CUTROOM_COMPOSITION_ID,
        inputProps,
        browserExecutable: BROWSER_EXECUTABLE,
        puppeteerInstance: browser,
        logLevel: 'error',
      });
      const { buffer } = await renderStill({
        serveUrl,
        composition,
        inputProps,
        frame,
        imageFormat: 'png',
        output: null,
        browserExecutable: BROWSER_EXECUTABLE,
        puppeteerInstance: browser,
        logLevel: 'error',
      });
      if (buffer === null) throw new Error('renderStill returned no buffer');
      return decodePng(buffer);
    },
    async close() {
      await browser.close({ silent: true });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
