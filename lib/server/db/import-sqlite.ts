import fs from 'node:fs';
import { createClient, type Client as SqliteClient } from '@libsql/client';
import pg from 'pg';
import { ApiError } from '../errors';

/**
 * `npm run cli -- db import-sqlite <file>`: copies every row of a Cutroom SQLite database (DATA_DIR/cutroom.db
 * of the versions before PostgreSQL, any of the migrations in prisma/sqlite-legacy) into the PostgreSQL of
 * DATABASE_URL, already migrated. Generic over the tables: every table both databases have, the columns they
 * share, converted to the PostgreSQL column's type (SQLite keeps dates as text or epoch milliseconds and
 * booleans as 0/1). Parents before children (foreign keys), all in one transaction: all rows or none.
 * Refuses a target that holds rows unless `force` (then the target's rows are deleted first).
 */
export interface ImportReport {
  tables: { table: string; rows: number }[];
  /** SQLite tables the PostgreSQL schema has no table for (not copied). */
  skipped: string[];
}

const BATCH = 200;

interface TargetColumn {
  name: string;
  type: string; // information_schema udt_name: text, int4, float8, bool, timestamp, …
}

/** A SQLite value as the PostgreSQL column of `type` takes it. */
function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'bool') return value === 1 || value === 1n || value === true || value === '1' || value === 'true';
  if (type === 'timestamp' || type === 'timestamptz') {
    let date: Date;
    if (typeof value === 'number' || typeof value === 'bigint') date = new Date(Number(value));
    else {
      const text = String(value);
      // SQLite's CURRENT_TIMESTAMP: "YYYY-MM-DD HH:MM:SS", UTC without a zone.
      date = new Date(/^\d{4}-\d\d-\d\d[ T][\d:.]+$/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
    }
    if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`);
    // As UTC text: a timestamp column ignores the zone, and Prisma keeps UTC there.
    return date.toISOString();
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  return value;
}

/** Target tables, parents first (by their foreign keys), without Prisma's migration table. */
async function targetTables(client: pg.PoolClient): Promise<Map<string, TargetColumn[]>> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
    `SELECT table_name::text, column_name::text, udt_name::text FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const tables = new Map<string, TargetColumn[]>();
  for (const c of columns) {
    const list = tables.get(c.table_name) ?? [];
    list.push({ name: c.column_name, type: c.udt_name });
    tables.set(c.table_name, list);
  }
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const parents = new Map<string, Set<string>>();
  for (const e of edges) {
    const child = unquote(e.child);
    const parent = unquote(e.parent);
    if (child !== parent) (parents.get(child) ?? parents.set(child, new Set()).get(child)!).add(parent);
  }
  const ordered = new Map<string, TargetColumn[]>();
  const visit = (table: string, path: Set<string>) => {
    if (ordered.has(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) if (tables.has(parent)) visit(parent, path);
    ordered.set(table, tables.get(table)!);
  };
  for (const table of [...tables.keys()].sort()) visit(table, new Set());
  return ordered;
}

async function sqliteTables(sqlite: SqliteClient): Promise<string[]> {
  const { rows } = await sqlite.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'");
  return rows.map((r) => String(r.name));
}

export async function importSqlite(input: { file: string; databaseUrl: string; force?: boolean }): Promise<ImportReport> {
  if (!fs.existsSync(input.file)) throw new ApiError('NOT_FOUND', `No SQLite database at ${input.file}`);
  const sqlite = createClient({ url: `file:${input.file}`, intMode: 'number' });
  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    const tables = await targetTables(client);
    if (tables.size === 0) throw new ApiError('INVALID_REQUEST', 'The PostgreSQL database has no tables: migrate it first (npm run db:migrate).');
    const sourceTables = new Set(await sqliteTables(sqlite));
    const q = (name: string) => client.escapeIdentifier(name);

    await client.query('BEGIN');
    try {
      const nonEmpty: string[] = [];
      for (const table of tables.keys()) {
        const { rowCount } = await client.query(`SELECT 1 FROM ${q(table)} LIMIT 1`);
        if (rowCount) nonEmpty.push(table);
      }
      if (nonEmpty.length > 0) {
        if (!input.force) {
          throw new ApiError('CONFLICT', `The PostgreSQL database already holds rows (${nonEmpty.join(', ')}): nothing imported. Use --force to replace them.`);
        }
        await client.query(`TRUNCATE ${[...tables.keys()].map(q).join(', ')} CASCADE`);
      }
      const report: ImportReport = { tables: [], skipped: [...sourceTables].filter((t) => !tables.has(t)).sort() };
      for (const [table, columns] of tables) {
        if (!sourceTables.has(table)) continue;
        const sourceColumns = new Set((await sqlite.execute(`SELECT name FROM pragma_table_info('${table.replaceAll("'", "''")}')`)).rows.map((r) => String(r.name)));
        const shared = columns.filter((c) => sourceColumns.has(c.name));
        const { rows } = await sqlite.execute(`SELECT ${shared.map((c) => `"${c.name}"`).join(', ')} FROM "${table}"`);
        for (let start = 0; start < rows.length; start += BATCH) {
          const batch = rows.slice(start, start + BATCH);
          const values: unknown[] = [];
          const tuples = batch.map((row) => {
            const slots = shared.map((c) => {
              try {
                values.push(convert(row[c.name], c.type));
              } catch (err) {
                throw new ApiError('INVALID_REQUEST', `${table}.${c.name}: ${(err as Error).message}`);
              }
              return `$${values.length}`;
            });
            return `(${slots.join(', ')})`;
          });
          await client.query(`INSERT INTO ${q(table)} (${shared.map((c) => q(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`, values);
        }
        report.tables.push({ table, rows: rows.length });
      }
      await client.query('COMMIT');
      return report;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    client.release();
    await pool.end();
    sqlite.close();
  }
}
