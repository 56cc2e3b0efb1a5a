import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// Rust-free Prisma: the JS engine + the pg driver adapter, on the database of DATABASE_URL (the scripts set it
// to the embedded server when unset: scripts/postgres.mjs).

/** PostgreSQL's `name` and `"char"` types (oids 19, 18) and their arrays, which Prisma's schema engine reads from the catalogs. */
const NAME_TYPES: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

/**
 * @prisma/adapter-pg 6.19 has no column type for `name` or `"char"`, so every migrate command fails reading the catalogs
 * ("Column type 'name' could not be deserialized", prisma/prisma#27403). For migrations only, a client that
 * reports those columns as text (their values already are strings).
 */
class NameAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const fix = <R>(result: R): R => {
      for (const r of Array.isArray(result) ? result : [result]) {
        for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) field.dataTypeID = NAME_TYPES[field.dataTypeID] ?? field.dataTypeID;
      }
      return result;
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (err: Error | null, result?: unknown) => void;
      args[last] = (err: Error | null, result?: unknown) => callback(err, err ? result : fix(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out && typeof (out as Promise<unknown>).then === 'function' ? (out as Promise<unknown>).then(fix) : out;
  }
}

/**
 * DATABASE_URL as separate pool settings, not a connectionString: the adapter opens its shadow database (for
 * `migrate dev`/`migrate diff`) as `{ ...settings, database }`, which a connectionString would override.
 */
function databaseSettings(): pg.PoolConfig {
  const value = process.env.DATABASE_URL;
  if (!value) throw new Error('DATABASE_URL is not set (npm run db:migrate and db:new-migration set it to the embedded PostgreSQL).');
  const u = new URL(value);
  const ssl = u.searchParams.get('sslmode');
  // pg-pool keeps the password out of its enumerable options, so the shadow pool's `{ ...settings }` loses it;
  // pg falls back to PGPASSWORD.
  if (u.password) process.env.PGPASSWORD = decodeURIComponent(u.password);
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    ...(ssl && ssl !== 'disable' ? { ssl: { rejectUnauthorized: ssl === 'verify-full' } } : {}),
  };
}

/**
 * The adapter for migrate commands. Its shadow database (`migrate dev`, `migrate diff --from-migrations`) is
 * made here rather than by the adapter, which drops it while its own pool still holds a connection ("is being
 * accessed by other users"): this one closes the pool first.
 */
class MigratePg extends PrismaPg {
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(new pg.Pool({ ...databaseSettings(), database, Client: NameAsTextClient, max: 2 }), { disposeExternalPool: true }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new MigratePg(new pg.Pool({ ...databaseSettings(), Client: NameAsTextClient, max: 2 }), { disposeExternalPool: true });
  },
});
