import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { compositionSourceStamp, SOURCE_STAMP_FILE } from '../composition/source-stamp';
import { BUNDLE_DIR, COMPOSITION_ENTRY } from './paths';

/** Build-time step: bundle the composition once into BUNDLE_DIR. */
async function main() {
  const started = Date.now();
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const stamp = compositionSourceStamp();
  await bundle({ entryPoint: COMPOSITION_ENTRY, outDir: BUNDLE_DIR, enableCaching: true });
  // The render tests reuse this bundle while the sources still match (lib/composition/testing/test-bundle.ts).
  fs.writeFileSync(path.join(BUNDLE_DIR, SOURCE_STAMP_FILE), `${stamp}\n`);
  console.log(`[bundle] composition bundled into ${BUNDLE_DIR} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err: unknown) => {
  console.error('[bundle] failed:', err);
  process.exit(1);
});
