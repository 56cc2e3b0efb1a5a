import fs from 'node:fs';
import path from 'node:path';
import type { Client, Config } from '@libsql/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';
import { PrismaClient } from './generated/client';
import { getSettings } from '../settings';

export type { PrismaClient };

/** How long a write waits for another process's write to finish before failing (SQLite's default is 0). */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * The app and the render workers are separate processes writing one SQLite file (heartbeats every
 * second, claims, credits). Every connection gets a busy timeout so a write waits its turn instead of
 * failing at once with SQLITE_BUSY (scripts/migrate.mjs puts the file in WAL mode, so readers never wait).
 * libsql opens a fresh connection after each transaction, hence the bookkeeping.
 */
function withBusyTimeout(client: Client): Client {
  let isFreshConnection = true;
  const prepare = async () => {
    if (!isFreshConnection) return;
    isFreshConnection = false;
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  };
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (prop === 'execute' || prop === 'batch' || prop === 'executeMultiple') {
        return async (...args: unknown[]) => {
          await prepare();
          return method.apply(target, args);
        };
      }
      if (prop === 'transaction') {
        return async (...args: unknown[]) => {
          await prepare();
          const tx = await method.apply(target, args);
          // The transaction took the connection; the client opens a new one on its next call.
          isFreshConnection = true;
          return tx;
        };
      }
      return method.bind(target);
    },
  });
}

class LibSqlWithBusyTimeout extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(super.createClient(config));
  }
}

function createClient(): PrismaClient {
  const { dataDir } = getSettings();
  fs.mkdirSync(dataDir, { recursive: true });
  const adapter = new LibSqlWithBusyTimeout({ url: `file:${path.join(dataDir, 'cutroom.db')}` });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { cutroomDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.cutroomDb ?? (globalForDb.cutroomDb = createClient());
