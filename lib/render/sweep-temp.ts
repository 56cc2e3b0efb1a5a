import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Temp folders a render leaves behind when its process is killed: our chunk folders, Remotion's asset caches. */
const LEFTOVER = [/^cutroom-chunks-/, /^cutroom-media-/, /^remotion-.*assets/];

/**
 * Removes render temp folders older than `olderThanMs`. Called when a worker starts (the usual moment
 * after a kill -9). Any render still running was started less than its time budget ago, so folders
 * older than RENDER_TIMEOUT_MS belong to nobody — workers sharing the host keep theirs.
 */
export async function sweepRenderTemp(olderThanMs: number, dir = os.tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!LEFTOVER.some((re) => re.test(name))) continue;
    const full = path.join(dir, name);
    try {
      const stat = await fsp.stat(full);
      if (!stat.isDirectory() || now - stat.mtimeMs < olderThanMs) continue;
      await fsp.rm(full, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
