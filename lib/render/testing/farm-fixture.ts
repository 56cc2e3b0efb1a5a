import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useFreshDatabase } from '../../server/testing/fresh-database';

/**
 * What the hosts of a render farm share, for the farm tests: the database and the storage, and nothing
 * else (every worker gets a DATA_DIR of its own). On this branch: a real SQLite file named by
 * DATABASE_URL and a local storage root (STORAGE_DIR) outside every DATA_DIR. To run the same tests on
 * PostgreSQL + S3, this is the one function to change: start those servers and return their settings.
 */
export interface SharedServices {
  /** The settings every worker process gets (DATABASE_URL, storage settings). */
  env: Record<string, string>;
  /** A fresh, empty DATA_DIR for one worker (removed by `stop`). */
  newDataDir: () => string;
  stop: () => Promise<void>;
}

/** Call before importing the database client: points this test process at the shared services too. */
export function useSharedServices(): SharedServices {
  const dbDir = useFreshDatabase();
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-farm-storage-'));
  const env = { DATABASE_URL: `file:${path.join(dbDir, 'cutroom.db')}`, STORAGE_DIR: storageDir };
  Object.assign(process.env, env);
  const dirs = [dbDir, storageDir];
  return {
    env,
    newDataDir: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-farm-worker-'));
      dirs.push(dir);
      return dir;
    },
    stop: async () => {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
