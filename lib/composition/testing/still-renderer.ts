import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.mp4': 'video/mp4',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.glb': 'model/gltf-binary',
  '.vtt': 'text/vtt',
};

/**
 * The test bundle on one loopback origin for the whole file, cacheable: every still's page loads the
 * same URLs, so Chromium reuses its HTTP and compiled-code caches instead of compiling the bundle
 * afresh per still (renderStill with a folder starts a new server, a new origin, per call). Byte
 * ranges are answered, so `<video>` can seek; unknown paths get index.html, as Remotion's server does.
 */
async function serveBundle(dir: string): Promise<{ url: string; server: Server }> {
  const root = normalize(dir + sep);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) file = join(root, 'index.html');
    const { size } = await stat(file);
    const headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=3600', 'accept-ranges': 'bytes' };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

/**
 * One bundle (makeTestBundle), served from one origin, and one open browser, so a test file pays for
 * Chromium start-up and bundle compilation once, not per still; `media/<file>` srcs resolve offline
 * exactly as the fixtures write them.
 */
export async function createStillRenderer(): Promise<StillRenderer> {
  const testBundle = await makeTestBundle();
  const { url: serveUrl, server } = await serveBundle(testBundle.serveUrl);
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
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await testBundle.remove();
    },
  };
}

/** The composition object for a config, as render jobs build it (no selectComposition page load per still). */
export const compositionFor = cutroomComposition;
