import fs from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';
import { compositionSourceStamp, SOURCE_STAMP_FILE } from '../source-stamp';

/** The fixtures' media (e2e/fixtures/media): configs reference it by the relative URL `media/<file>`. */
export const FIXTURE_MEDIA_DIR = fileURLToPath(new URL('../../../e2e/fixtures/media', import.meta.url));

/** Where `npm run build` puts the bundle (lib/config's default; REMOTION_BUNDLE_DIR moves it). */
const BUILT_BUNDLE_DIR = resolve(process.env.REMOTION_BUNDLE_DIR || join(__dirname, '..', '..', '..', 'build', 'remotion-bundle'));

export interface TestBundle {
  /** The bundle's folder (serveUrl for the renderer); `media/` holds the fixture media. */
  serveUrl: string;
  remove(): Promise<void>;
}

/** True when the bundle `npm run build` made is from today's sources (its stamp matches). */
function isBuiltBundleCurrent(): boolean {
  try {
    return fs.readFileSync(join(BUILT_BUNDLE_DIR, SOURCE_STAMP_FILE), 'utf8').trim() === compositionSourceStamp();
  } catch {
    return false;
  }
}

/**
 * A private copy of the composition bundle for one test file, with the fixture media next to index.html
 * so `media/<file>` srcs resolve offline. Copies the bundle `npm run build` made when it is current (as
 * in `npm test`, which builds first): webpack runs once per suite, not once per render test file.
 * Otherwise (sources edited since the build) it bundles afresh, so a test never runs stale code.
 */
export async function makeTestBundle(): Promise<TestBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'cutroom-bundle-'));
  if (isBuiltBundleCurrent()) {
    await cp(BUILT_BUNDLE_DIR, dir, { recursive: true });
  } else {
    await bundle({
      entryPoint: fileURLToPath(new URL('../entry.ts', import.meta.url)),
      outDir: dir,
      // Anything but the app's public/ folder, which the bundler would otherwise copy in.
      publicDir: FIXTURE_MEDIA_DIR,
      enableCaching: false,
    });
  }
  await cp(FIXTURE_MEDIA_DIR, join(dir, 'media'), { recursive: true });
  return { serveUrl: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
