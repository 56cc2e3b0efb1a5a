import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sweepRenderTemp } from './sweep-temp';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-sweep-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string, ageMs: number) {
  const full = path.join(dir, name);
  fs.mkdirSync(full);
  fs.writeFileSync(path.join(full, 'chunk-0.ts'), 'x');
  const t = new Date(Date.now() - ageMs);
  fs.utimesSync(full, t, t);
  return full;
}

it('removes chunk and Remotion asset folders older than the budget, keeps fresh ones and anything else', async () => {
  const hour = 60 * 60 * 1000;
  folder('cutroom-chunks-old1', 2 * hour);
  folder('remotion-v4-0-529-assetsabc', 2 * hour);
  const fresh = folder('cutroom-chunks-live', 60_000);
  const other = folder('something-else', 5 * hour);
  expect((await sweepRenderTemp(hour, dir)).sort()).toEqual(['cutroom-chunks-old1', 'remotion-v4-0-529-assetsabc']);
  expect(fs.existsSync(fresh)).toBe(true);
  expect(fs.existsSync(other)).toBe(true);
});
