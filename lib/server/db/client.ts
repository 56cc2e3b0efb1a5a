import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { getSettings } from '../../config';

export type { PrismaClient };

/**
 * The one PostgreSQL pool of this process (DATABASE_URL; see docs/database.md). The web server, every render
 * worker and the CLI each keep their own pool of DATABASE_POOL_SIZE connections (default 10), so a host with
 * the app and two workers holds at most ~30 of the server's 100 default connections. Idle connections are
 * closed after 30 s; a connection attempt gives up after 10 s instead of hanging a request. A transaction
 * waits up to 10 s for a free connection of the pool (Prisma's default, 2 s, fails bursts larger than the pool).
 */
function createClient(): PrismaClient {
  const { databaseUrl, databasePoolSize } = getSettings();
  if (!databaseUrl) {
    // Importing is fine (`next build` does); the first use says what is missing.
    return new Proxy({} as PrismaClient, {
      get() {
        throw new Error('DATABASE_URL is not set: start Cutroom with `npm start` (or `npm run cli`), which runs the embedded PostgreSQL, or set DATABASE_URL.');
      },
    });
  }
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: databasePoolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}

const globalForDb = globalThis as unknown as { cutroomDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.cutroomDb ?? (globalForDb.cutroomDb = createClient());
if (!getSettings().databaseUrl) delete globalForDb.cutroomDb; // not the placeholder: a later import may have the URL
