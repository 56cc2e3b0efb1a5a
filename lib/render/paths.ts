import path from 'node:path';

/** The composition bundle, built once by `npm run build` and reused by every render. */
export const BUNDLE_DIR = path.resolve(process.env.REMOTION_BUNDLE_DIR || 'build/remotion-bundle');
export const COMPOSITION_ENTRY = path.resolve('lib/composition/entry.ts');
