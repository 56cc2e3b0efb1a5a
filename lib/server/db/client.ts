import fs from 'node:fs';
import path from 'node:path';
import type { Client, Config } from '@libsql/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';
import { PrismaClient } from './generated/client';
import { getSettings } from '../../config';

export type { PrismaClient };

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * The web server, the render workers and the CLI all write one SQLite file. libsql opens every
 * connection with SQLite's busy timeout of 0 (and a fresh connection after each transaction), and
 * Prisma begins transactions DEFERRED, so concurrent writes fail at once with SQLITE_BUSY. Worse, a
 * statement that fails that way stays "in progress", so the following COMMIT or ROLLBACK fails too
 * and the connection keeps its transaction open — holding the write lock, or serving a stale
 * snapshot, until garbage collection (seen as renders that never finish and keys that "don't exist").
 * So: every connection waits for locks, and transactions take the write lock up front (IMMEDIATE).
 */
class WaitingLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    let isConfigured = false;
    const configure = async () => {
      if (isConfigured) return;
      isConfigured = true;
      await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    };
    return new Proxy(client, {
      get(target, prop) {
        if (prop === 'execute' || prop === 'batch' || prop === 'executeMultiple') {
          const method = Reflect.get(target, prop, target) as (...args: unknown[]) => unknown;
          return async (...args: unknown[]) => {
            await configure();
            return method.apply(target, args);
          };
        }
        if (prop === 'transaction') {
          return async () => {
            await configure();
            const tx = await target.transaction('write');
            // The client hands this connection to the transaction and opens a new one on next use.
            isConfigured = false;
            return tx;
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

function createClient(): PrismaClient {
  const { dataDir, databaseUrl } = getSettings();
  fs.mkdirSync(dataDir, { recursive: true });
  // DATABASE_URL (a `file:` URL here) lets hosts with their own DATA_DIR share one database.
  const adapter = new WaitingLibSQL({ url: databaseUrl ?? `file:${path.join(dataDir, 'cutroom.db')}` });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { cutroomDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.cutroomDb ?? (globalForDb.cutroomDb = createClient());
