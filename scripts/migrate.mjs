// Applies committed migrations to DATA_DIR/cutroom.db (prisma migrate deploy, offline) and turns on WAL
// so the app and the render workers can share the file.
import path from 'node:path';
import { createClient } from '@libsql/client';
import { bin, log, run, runtimeEnv } from './lib.mjs';

export async function migrate(env = runtimeEnv()) {
  run(bin('prisma'), ['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const client = createClient({ url: `file:${path.join(env.DATA_DIR, 'cutroom.db')}` });
  await client.execute('PRAGMA journal_mode = WAL');
  client.close();
  log('db', `migrated ${path.join(env.DATA_DIR, 'cutroom.db')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await migrate();
