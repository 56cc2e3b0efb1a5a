import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEMPLATE_DATABASE } from './test-postgres';

const root = path.resolve(__dirname, '..', '..', '..');

/** Makes database `name` as a copy of the migrated template, through a short Node process (this call is synchronous). */
function createFromTemplate(adminUrl: string, name: string) {
  const script = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1] });
    (async () => {
      await c.connect();
      for (let i = 0; ; i++) {
        try { await c.query('CREATE DATABASE "' + process.argv[2] + '" TEMPLATE "' + process.argv[3] + '"'); break; }
        catch (err) { if (err.code !== '55006' || i > 50) throw err; await new Promise((r) => setTimeout(r, 100)); } // template busy: another copy
      }
      await c.end();
    })().catch((err) => { console.error(err.message); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script, adminUrl, name, TEMPLATE_DATABASE], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * For tests of lib/server: a database of this test file's own on the run's embedded PostgreSQL (started by
 * lib/server/testing/postgres-global-setup.ts), copied from the migrated template (CREATE DATABASE …
 * TEMPLATE: milliseconds, not a `prisma migrate deploy`), in DATABASE_URL, and DATA_DIR pointed at a fresh
 * temp folder. Worker processes the test starts inherit both. Call before importing the db client.
 */
export function useFreshDatabase(): string {
  const adminUrl = process.env.CUTROOM_TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('CUTROOM_TEST_POSTGRES_URL is not set: run through vitest (its globalSetup starts PostgreSQL).');
  const name = `test_${randomBytes(6).toString('hex')}`;
  createFromTemplate(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-test-'));
  process.env.DATA_DIR = dir;
  return dir;
}
