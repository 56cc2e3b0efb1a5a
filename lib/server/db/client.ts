import fs from 'node:fs';
import path from 'node:path';
import { PrismaLibSQL } from '@prisma/adapter-libsql';
import { PrismaClient } from './generated/client';
import { getSettings } from '../settings';

export type { PrismaClient };

function createClient(): PrismaClient {
  const { dataDir } = getSettings();
  fs.mkdirSync(dataDir, { recursive: true });
  const adapter = new PrismaLibSQL({ url: `file:${path.join(dataDir, 'cutroom.db')}` });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { cutroomDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.cutroomDb ?? (globalForDb.cutroomDb = createClient());
