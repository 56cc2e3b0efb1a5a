import path from 'node:path';
import { spawn } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// The app and the workers are separate processes writing one SQLite file: a write that meets another
// connection's write must wait for it, not fail at once with SQLITE_BUSY ("Operation has timed out").
let dataDir: string;
let db: typeof import('./client').db;
beforeAll(async () => {
  dataDir = useFreshDatabase();
  db = (await import('./client')).db;
});

it('the test database is in WAL mode, as scripts/migrate.mjs leaves the real one', async () => {
  const [mode] = (await db.$queryRawUnsafe('PRAGMA journal_mode')) as { journal_mode: string }[];
  expect(mode?.journal_mode).toBe('wal');
});

/** Another process (as a render worker would be) holds the write lock for `holdMs` while `write` runs. */
async function whileAnotherProcessWrites<T>(holdMs: number, write: () => Promise<T>): Promise<T> {
  const script = `
    const { createClient } = require('@libsql/client');
    (async () => {
      const c = createClient({ url: process.argv[1] });
      const tx = await c.transaction('write'); // BEGIN IMMEDIATE: takes the write lock
      console.log('locked');
      setTimeout(async () => { await tx.commit(); c.close(); }, ${holdMs});
    })();`;
  const child = spawn(process.execPath, ['-e', script, `file:${path.join(dataDir, 'cutroom.db')}`], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  try {
    return await write();
  } finally {
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  }
}

it('a write waits for another process’s write lock instead of failing', async () => {
  const started = Date.now();
  const user = await whileAnotherProcessWrites(400, () =>
    db.user.create({ data: { id: 'u1', email: 'a@x.test', passwordHash: 'x', webhookSecret: 's' } }),
  );
  expect(user.id).toBe('u1');
  expect(Date.now() - started).toBeGreaterThanOrEqual(350);
});

it('so does a write after a transaction (libsql opens a new connection then)', async () => {
  await db.$transaction(async (tx) => tx.user.count());
  const updated = await whileAnotherProcessWrites(400, () => db.user.update({ where: { id: 'u1' }, data: { name: 'after' } }));
  expect(updated.name).toBe('after');
});
