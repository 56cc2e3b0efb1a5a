// `node scripts/with-database.mjs <script.ts> [args…]` (npm run cli): runs a TypeScript entry point with
// DATABASE_URL set: as given, or the embedded PostgreSQL under DATA_DIR, started for the command (and stopped
// after it) unless `npm start` already runs it.
import { spawn } from 'node:child_process';
import { ensureDatabaseUrl } from './postgres.mjs';
import { bin, root, runtimeEnv } from './lib.mjs';

const env = runtimeEnv();
const database = await ensureDatabaseUrl(env, { log: (m) => console.error(`[db] ${m}`) });
const child = spawn(bin('tsx'), process.argv.slice(2), { cwd: process.cwd() || root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', async (code, signal) => {
  await database.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
