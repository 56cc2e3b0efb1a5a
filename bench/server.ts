/**
 * Web server overhead benchmark (not a test). Runs the built app twice on the same data folder — once
 * under `next start`, once under Cutroom's server (scripts/server.ts) — and prints requests per second
 * for a dynamic API route and a stored file through each, with the ratio (target ≥ 0.95: the server's
 * guards cost nothing that shows).
 *
 *   npm run build && npx tsx bench/server.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { useFreshDatabase as freshDatabase } from '../lib/server/testing/fresh-database';
import { ensureTestPostgres } from '../lib/server/testing/test-postgres';

const root = path.resolve(__dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-bench-server-'));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 16;

function start(kind: 'next' | 'cutroom', port: number): ChildProcess {
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, APP_URL: `http://localhost:${port}`, NODE_ENV: 'production' as const, AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', NEXT_TELEMETRY_DISABLED: '1' };
  const args = kind === 'next' ? [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)] : ['--import', 'tsx', 'scripts/server.ts'];
  return spawn(process.execPath, args, { cwd: root, env, stdio: 'ignore' });
}

const get = (port: number, p: string) =>
  new Promise<number>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

async function waitUp(port: number) {
  for (let i = 0; i < 240; i++) {
    if ((await get(port, '/api/health').catch(() => 0)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answers on ${port}`);
}

/** Requests per second over SECONDS with CONCURRENCY requests in flight. */
async function rate(port: number, p: string): Promise<number> {
  for (let i = 0; i < 50; i++) await get(port, p); // warm up
  const end = Date.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        await get(port, p);
        n++;
      }
    }),
  );
  return n / SECONDS;
}

async function main() {
  // A migrated database on a PostgreSQL started for the bench (DATABASE_URL, inherited by both servers).
  await ensureTestPostgres();
  freshDatabase();
  // A stored file both servers serve from the same folder.
  const key = 'uploads/bench/clip.bin';
  fs.mkdirSync(path.join(dataDir, 'files', path.dirname(key)), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'files', key), Buffer.alloc(256 * 1024, 1));
  const results: Record<string, Record<string, number>> = {};
  for (const [kind, port] of [['next', 3290], ['cutroom', 3291]] as const) {
    const child = start(kind, port);
    try {
      await waitUp(port);
      results[kind] = { '/api/health': await rate(port, '/api/health'), [`/files/${key}`]: await rate(port, `/files/${key}`) };
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${CONCURRENCY} in flight, ${SECONDS} s each`);
  for (const route of Object.keys(results.next!)) {
    const a = results.next![route]!;
    const b = results.cutroom![route]!;
    console.log(`${route.padEnd(32)} next start ${a.toFixed(0).padStart(6)} req/s   scripts/server.ts ${b.toFixed(0).padStart(6)} req/s   ratio ${(b / a).toFixed(2)}`);
  }
  agent.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

void main();
