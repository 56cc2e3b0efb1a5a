import fs from 'node:fs';
import { bundle } from '@remotion/bundler';
import { BUNDLE_DIR, COMPOSITION_ENTRY } from './paths';

/** Build-time step: bundle the composition once into BUNDLE_DIR. */
async function main() {
  const started = Date.now();
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  await bundle({ entryPoint: COMPOSITION_ENTRY, outDir: BUNDLE_DIR, enableCaching: true });
  console.log(`[bundle] composition bundled into ${BUNDLE_DIR} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err: unknown) => {
  console.error('[bundle] failed:', err);
  process.exit(1);
});
