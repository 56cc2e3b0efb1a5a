import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * A database file with the committed migrations applied by the real Prisma CLI and WAL mode on, made once
 * per set of migrations (keyed by their hash, the schema and the lockfile) and kept in the temp folder:
 * each test file then copies it instead of paying a `prisma migrate deploy` of its own.
 */
function migratedTemplate(): string {
  const hash = createHash('sha256');
  const migrations = path.join(root, 'prisma', 'migrations');
  const inputs = [...fs.readdirSync(migrations, { recursive: true, encoding: 'utf8' }).map((f) => path.join(migrations, f)), path.join(root, 'prisma', 'schema.prisma'), path.join(root, 'package-lock.json')];
  for (const file of inputs.sort()) {
    if (!fs.statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  const template = path.join(os.tmpdir(), `cutroom-migrated-${hash.digest('hex').slice(0, 16)}.db`);
  if (fs.existsSync(template)) return template;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-migrate-'));
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: root, env: { ...process.env, DATA_DIR: dir }, stdio: 'ignore' });
    // WAL, as scripts/migrate.mjs leaves it (so worker processes can share the file); checkpointed, so the
    // .db file alone holds everything.
    const wal = `const c = require('@libsql/client').createClient({ url: process.argv[1] });
      c.execute('PRAGMA journal_mode = WAL').then(() => c.execute('PRAGMA wal_checkpoint(TRUNCATE)')).then(() => { c.close(); process.exit(0); })`;
    const db = path.join(dir, 'cutroom.db');
    execFileSync(process.execPath, ['-e', wal, `file:${db}`], { cwd: root, stdio: 'ignore' });
    // Copied then renamed: a test file running at the same moment sees the whole template or none.
    const partial = `${template}.${process.pid}.part`;
    fs.copyFileSync(db, partial);
    fs.renameSync(partial, template);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return template;
}

/**
 * For tests of lib/server: points DATA_DIR at a fresh temp folder holding a real SQLite file with the
 * committed migrations applied (by the real Prisma CLI, once: see migratedTemplate), in WAL mode as
 * scripts/migrate.mjs leaves it, so worker processes can share it. Call before importing the db client.
 */
export function useFreshDatabase(): string {
  const template = migratedTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-test-'));
  process.env.DATA_DIR = dir;
  fs.copyFileSync(template, path.join(dir, 'cutroom.db'));
  return dir;
}
