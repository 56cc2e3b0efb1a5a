// `npm start`: starts the database (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR/postgres: see
// scripts/postgres.mjs) and migrates it, then runs the web server (scripts/server.ts: Node's HTTP server in
// front of the built Next.js app) and the render worker side by side; stops the embedded database last.
// Flags: --fresh wipes DATA_DIR first, and with DATABASE_URL set empties that database (tests).
// Env: PORT, APP_URL, DATA_DIR, DATABASE_URL, POSTGRES_PORT, AUTH_SECRET, BROWSER_EXECUTABLE,
// RENDER_WORKERS (worker processes beside the app, default 1; 0 = none), TRUST_PROXY, HTTP_* timeouts.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { migrate } from './migrate.mjs';
import { ensureDatabaseUrl, recreateDatabase } from './postgres.mjs';
import { bin, log, root, runtimeEnv, spawnChild } from './lib.mjs';

const fresh = process.argv.includes('--fresh');
if (fresh && process.env.DATA_DIR) fs.rmSync(path.resolve(root, process.env.DATA_DIR), { recursive: true, force: true });

const env = runtimeEnv();
env.BROWSER_EXECUTABLE ||= await ensureBrowser();
// Upload processing (in the workers) runs ffmpeg/ffprobe; without them uploads end `failed`, saying so.
try {
  const ffmpeg = ensureFfmpeg();
  env.FFMPEG_PATH ||= ffmpeg.ffmpeg;
  env.FFPROBE_PATH ||= ffmpeg.ffprobe;
} catch (err) {
  console.warn(`! ${err.message}`);
}

for (const [what, file] of [['Next.js app', '.next/BUILD_ID'], ['composition bundle', 'build/remotion-bundle/index.html']]) {
  if (!fs.existsSync(path.join(root, file))) {
    console.error(`✖ The ${what} is not built (${file} missing). Run \`npm run setup\` (or \`npm run build\`) first.`);
    process.exit(1);
  }
}
if (fresh && env.DATABASE_URL) await recreateDatabase(env.DATABASE_URL);
const database = await ensureDatabaseUrl(env, { log: (m) => log('db', m) });
try {
  await migrate(env);
} catch (err) {
  console.error(`✖ ${err.message}`);
  await database.stop();
  process.exit(1);
}

const children = new Set();
let stopping = false;

/** Stops the web server and the workers, then the embedded database (if this process started it). */
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  const exit = () => database.stop().finally(() => process.exit(code));
  const timer = setTimeout(exit, 3000);
  Promise.all([...children].map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))))).then(() => {
    clearTimeout(timer);
    exit();
  });
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const server = spawnChild(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { ...env, NODE_ENV: 'production' }, 'web');
children.add(server);
server.on('exit', (code) => {
  children.delete(server);
  if (!stopping) {
    console.error(`✖ web server exited (${code})`);
    stopAll(code || 1);
  }
});

/** Workers are restarted when they die: their jobs are recovered through the lease. */
function startWorker(n, delay = 1000) {
  const worker = spawnChild(bin('tsx'), ['lib/render/worker-main.ts'], { ...env, WORKER_ID: `local-${n}` }, `worker-${n}`);
  children.add(worker);
  worker.on('exit', (code) => {
    children.delete(worker);
    if (stopping) return;
    console.error(`[worker-${n}] exited (${code}); restarting in ${delay} ms`);
    setTimeout(() => startWorker(n, Math.min(delay * 2, 30_000)), delay);
  });
}
const workers = Number(env.RENDER_WORKERS ?? '1');
for (let i = 1; i <= workers; i++) startWorker(i);

const db = new URL(env.DATABASE_URL);
log('start', `Cutroom on ${env.APP_URL} (data: ${env.DATA_DIR}, database: ${db.hostname}:${db.port}${db.pathname}${database.embedded ? ', embedded' : ''}, workers: ${workers})`);
