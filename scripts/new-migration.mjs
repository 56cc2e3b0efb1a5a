// `npm run db:new-migration -- <name>`: writes prisma/migrations/<NNNN>_<name>/migration.sql with the SQL that
// takes the database from the committed migrations to the current prisma/schema.prisma. Prisma diffs on a
// shadow database it makes (and drops) on the server of DATABASE_URL, or the embedded PostgreSQL under
// DATA_DIR, started for it; no data is read or changed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDatabaseUrl } from './postgres.mjs';
import { bin, root, runtimeEnv } from './lib.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <snake_case_name>');
  process.exit(1);
}
const migrationsDir = path.join(root, 'prisma', 'migrations');
const existing = fs.readdirSync(migrationsDir).filter((d) => /^\d{4}_/.test(d)).sort();

const env = runtimeEnv();
const database = await ensureDatabaseUrl(env, { log: (m) => console.error(`[db] ${m}`) });
let sql;
try {
  sql = execFileSync(bin('prisma'), ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} finally {
  await database.stop();
}
if (!/\S/.test(sql.replace(/^--.*$/gm, '').replace(/^Loaded Prisma config.*$/gm, ''))) {
  console.log('No schema changes since the last migration.');
  process.exit(0);
}
const next = String(existing.length + 1).padStart(4, '0');
const dir = path.join(migrationsDir, `${next}_${name}`);
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'migration.sql'), sql.replace(/^Loaded Prisma config.*\n+/gm, '').trimStart());
console.log(`Wrote ${path.relative(root, dir)}/migration.sql — review it and commit it with the schema change.`);
