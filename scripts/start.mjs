// `npm start`: migrates the database, then runs the web server (scripts/server.ts: Node's HTTP server in
// front of the built Next.js app) and the render worker side by side.
// Flags: --fresh wipes DATA_DIR first (tests). Env: PORT, APP_URL, DATA_DIR, AUTH_SECRET, BROWSER_EXECUTABLE,
// RENDER_WORKERS (worker processes beside the app, default 1; 0 = none), TRUST_PROXY, HTTP_* timeouts.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { migrate } from './migrate.mjs';
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
await migrate(env);

const children = new Set();
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all([...children].map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))))).then(() => process.exit(code));
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

log('start', `Cutroom on ${env.APP_URL} (data: ${env.DATA_DIR}, workers: ${workers})`);
