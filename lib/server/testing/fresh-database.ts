import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * For tests of lib/server: points DATA_DIR at a fresh temp folder and applies the committed migrations
 * with the real Prisma CLI, so tests run against a real SQLite file — in WAL mode, as scripts/migrate.mjs
 * leaves it, so worker processes can share it. Call before importing the db client.
 */
export function useFreshDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-test-'));
  process.env.DATA_DIR = dir;
  const root = path.resolve(__dirname, '..', '..', '..');
  execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir },
    stdio: 'ignore',
  });
  const wal = `require('@libsql/client').createClient({ url: process.argv[1] }).execute('PRAGMA journal_mode = WAL').then(() => process.exit(0))`;
  execFileSync(process.execPath, ['-e', wal, `file:${path.join(dir, 'cutroom.db')}`], { cwd: root, stdio: 'ignore' });
  return dir;
}
