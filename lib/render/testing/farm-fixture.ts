import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useFreshDatabase as freshDatabase } from '../../server/testing/fresh-database';
import { startS3TestServer, type S3TestServer } from '../../storage/testing/s3-test-server';

/**
 * What the hosts of a render farm share, for the farm tests: the database and the storage, and nothing
 * else (every worker gets a DATA_DIR of its own): a database of the test's own on the run's real
 * PostgreSQL (DATABASE_URL), and a real S3-compatible server process (s3rver) as the storage
 * (STORAGE_URL=s3://…), so no folder is shared between the workers.
 */
export interface SharedServices {
  /** The settings every worker process gets (DATABASE_URL, storage settings). */
  env: Record<string, string>;
  /** The S3 server, to look into the bucket. */
  s3: S3TestServer;
  /** A fresh, empty DATA_DIR for one worker (removed by `stop`). */
  newDataDir: () => string;
  stop: () => Promise<void>;
}

/** Call before importing the database client: points this test process at the shared services too. */
export async function startSharedServices(): Promise<SharedServices> {
  const ownDataDir = freshDatabase();
  const s3 = await startS3TestServer('cutroom-farm');
  const env = { DATABASE_URL: process.env.DATABASE_URL as string, ...s3.env('farm') };
  Object.assign(process.env, env);
  const dirs = [ownDataDir];
  return {
    env,
    s3,
    newDataDir: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-farm-worker-'));
      dirs.push(dir);
      return dir;
    },
    stop: async () => {
      await s3.stop();
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
