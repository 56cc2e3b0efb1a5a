import path from 'node:path';
import { getSettings } from '../config';

/** The composition bundle, built once by `npm run build` and reused by every render. */
export const BUNDLE_DIR = getSettings().remotionBundleDir;
export const COMPOSITION_ENTRY = path.resolve('lib/composition/entry.ts');
