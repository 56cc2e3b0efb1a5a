// Applies the committed migrations (prisma/migrations, `prisma migrate deploy`, offline) to the database of
// env.DATABASE_URL. `npm run db:migrate` alone: to DATABASE_URL, or the embedded server under DATA_DIR
// (started for it, then stopped).
import { spawnSync } from 'node:child_process';
import { ensureDatabaseUrl } from './postgres.mjs';
import { bin, log, root, runtimeEnv } from './lib.mjs';

export async function migrate(env) {
  const res = spawnSync(bin('prisma'), ['migrate', 'deploy'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (res.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${res.status ?? res.signal})`);
  const u = new URL(env.DATABASE_URL);
  log('db', `migrated ${u.hostname}:${u.port}${u.pathname}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = runtimeEnv();
  const database = await ensureDatabaseUrl(env, { log: (m) => log('db', m) });
  try {
    await migrate(env);
  } catch (err) {
    console.error(`✖ ${err.message}`);
    process.exitCode = 1;
  } finally {
    await database.stop();
  }
}
