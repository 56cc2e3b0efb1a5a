import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The file beside a built bundle's index.html that names the sources it was built from. */
export const SOURCE_STAMP_FILE = 'cutroom-source-stamp.txt';

const root = path.resolve(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : filesUnder(full);
    return /\.(ts|tsx|css|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * A hash of everything the composition bundle can be built from: every non-test source under lib/ (more
 * than the bundle imports, so an unrelated edit only costs a rebundle, never a stale bundle), the
 * lockfile and tsconfig. `npm run build` writes it beside the bundle; tests reuse that bundle only when
 * it still matches (Node-only: never imported by the composition itself).
 */
export function compositionSourceStamp(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(path.join(root, 'lib')), path.join(root, 'package-lock.json'), path.join(root, 'tsconfig.json')].sort();
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}
