// Test-only helper (Node): reads the shared fixtures in e2e/fixtures/configs. Not exported from lib/video.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../../e2e/fixtures/configs', import.meta.url));
export const MEDIA_DIR = fileURLToPath(new URL('../../../e2e/fixtures/media', import.meta.url));

/** Every fixture as `[name, parsed JSON]`, sorted by name. */
export function loadFixtures(): [string, unknown][] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')) as unknown]);
}

export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8')) as unknown;
}

