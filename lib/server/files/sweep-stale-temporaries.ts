import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getSettings } from '../../config';

/** Left untouched this long, a temporary is a crash's leftover (live ones are written to constantly). */
export const STALE_AFTER_MS = 60 * 60_000;

/** A storage write in progress: `<key>.part-<pid>-<ms>` (lib/storage). */
const PART_FILE = /\.part-\d+-\d+$/;

async function newestChange(p: string): Promise<number> {
  const stat = await fsp.stat(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of await fsp.readdir(p)) newest = Math.max(newest, await newestChange(path.join(p, entry)).catch(() => 0));
  return newest;
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * Removes what crashes leave behind, once nothing has touched it for STALE_AFTER_MS: partial storage
 * writes (`.part-*` under STORAGE_DIR), render chunk folders (`cutroom-chunks-*` in the OS temp
 * folder), processing attempts' folders and render outputs under DATA_DIR/tmp. Returns what it removed.
 */
export async function sweepStaleTemporaries(now = Date.now(), opts: { tmpRoot?: string } = {}): Promise<string[]> {
  const { dataDir, storageDir } = getSettings();
  const cutoff = now - STALE_AFTER_MS;
  const removed: string[] = [];
  const removeIfStale = async (p: string) => {
    try {
      if ((await newestChange(p)) < cutoff) {
        await fsp.rm(p, { recursive: true, force: true });
        removed.push(p);
      }
    } catch {
      // Gone meanwhile (finished and cleaned up by its owner).
    }
  };
  for await (const file of walk(storageDir)) {
    if (PART_FILE.test(file)) await removeIfStale(file);
  }
  const tmpRoot = opts.tmpRoot ?? os.tmpdir();
  for (const name of await fsp.readdir(tmpRoot).catch(() => [] as string[])) {
    if (name.startsWith('cutroom-chunks-')) await removeIfStale(path.join(tmpRoot, name));
  }
  const ownTmp = path.join(dataDir, 'tmp');
  for (const name of await fsp.readdir(ownTmp).catch(() => [] as string[])) {
    if (name === 'processing') {
      for (const attempt of await fsp.readdir(path.join(ownTmp, name)).catch(() => [] as string[])) await removeIfStale(path.join(ownTmp, name, attempt));
    } else await removeIfStale(path.join(ownTmp, name));
  }
  return removed;
}
