// `npm run db:new-migration -- <name>`: writes prisma/migrations/<NNNN>_<name>/migration.sql with the SQL that
// takes the schema as of the last committed migration to the current prisma/schema.prisma.
// (With the libsql adapter, `migrate diff --from-migrations/--from-url` are unavailable, so we diff two
// schema files; the previous one comes from git.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, root } from './lib.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <snake_case_name>');
  process.exit(1);
}
const migrationsDir = path.join(root, 'prisma', 'migrations');
const existing = fs.readdirSync(migrationsDir).filter((d) => /^\d{4}_/.test(d)).sort();
const rev = execFileSync('git', ['log', '-1', '--format=%H', '--', 'prisma/migrations'], { cwd: root, encoding: 'utf8' }).trim();
const previous = path.join(os.tmpdir(), `cutroom-schema-${Date.now()}.prisma`);
fs.writeFileSync(previous, execFileSync('git', ['show', `${rev}:prisma/schema.prisma`], { cwd: root, encoding: 'utf8' }));
const sql = execFileSync(bin('prisma'), ['migrate', 'diff', '--from-schema-datamodel', previous, '--to-schema-datamodel',
  'prisma/schema.prisma', '--script'], { cwd: root, encoding: 'utf8' });
if (!/\S/.test(sql.replace(/^--.*$/gm, ''))) {
  console.log('No schema changes since the last migration.');
  process.exit(0);
}
const next = String(existing.length + 1).padStart(4, '0');
const dir = path.join(migrationsDir, `${next}_${name}`);
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql — review it and commit it with the schema change.`);
