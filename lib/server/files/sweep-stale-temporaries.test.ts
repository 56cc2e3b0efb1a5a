import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STALE_AFTER_MS, sweepStaleTemporaries } from './sweep-stale-temporaries';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sweep-'));
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sweep-os-'));
process.env.DATA_DIR = dataDir;
afterAll(() => [dataDir, tmpRoot].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function make(p: string, ageMs: number, isDir = false) {
  fs.mkdirSync(isDir ? p : path.dirname(p), { recursive: true });
  if (isDir) fs.writeFileSync(path.join(p, 'chunk-0.ts'), 'x');
  else fs.writeFileSync(p, 'x');
  const t = new Date(Date.now() - ageMs);
  if (isDir) fs.utimesSync(path.join(p, 'chunk-0.ts'), t, t);
  fs.utimesSync(p, t, t);
  return p;
}

describe('sweepStaleTemporaries', () => {
  it('removes crash leftovers untouched for an hour and keeps live ones and real files', async () => {
    const old = STALE_AFTER_MS + 60_000;
    const upload = path.join(dataDir, 'files', 'uploads', 'usr_a', '2026', '12');
    const stalePart = make(path.join(upload, 'asset_x.mp4.part-123-1700000000000'), old);
    const livePart = make(path.join(upload, 'asset_y.mp4.part-456-1700000000001'), 1_000);
    const realFile = make(path.join(upload, 'asset_z.mp4'), old);
    const staleChunks = make(path.join(tmpRoot, 'cutroom-chunks-abc'), old, true);
    const liveChunks = make(path.join(tmpRoot, 'cutroom-chunks-def'), 1_000, true);
    const otherTmp = make(path.join(tmpRoot, 'someone-else'), old, true);
    const staleAttempt = make(path.join(dataDir, 'tmp', 'processing', 'asset_q-1'), old, true);
    const staleRenderOut = make(path.join(dataDir, 'tmp', 'rt_dead.mp4'), old);

    const removed = await sweepStaleTemporaries(Date.now(), { tmpRoot });
    expect(removed.sort()).toEqual([stalePart, staleChunks, staleAttempt, staleRenderOut].sort());
    for (const p of [livePart, realFile, liveChunks, otherTmp]) expect(fs.existsSync(p)).toBe(true);
  });
});
