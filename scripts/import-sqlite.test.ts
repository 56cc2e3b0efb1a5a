import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../lib/server/testing/fresh-database';

// `npm run cli -- db import-sqlite`: a SQLite database made the way the old versions made it (the legacy
// migrations in prisma/sqlite-legacy applied in order, rows in the text/0-1 formats Prisma's SQLite adapter
// wrote), copied by the real CLI into this file's own PostgreSQL database, then read back with Prisma.
const root = path.resolve(__dirname, '..');
let dataDir: string;
let sqliteFile: string;
let db: typeof import('../lib/server/db/client').db;

function cli(...args: string[]) {
  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/** Prisma's SQLite adapter's date text (`2026-03-19T10:00:00.000+00:00`). */
const sqliteDate = (iso: string) => iso.replace('Z', '+00:00');

async function makeLegacyDatabase(file: string) {
  const sqlite = createClient({ url: `file:${file}` });
  const legacy = path.join(root, 'prisma', 'sqlite-legacy');
  for (const dir of fs.readdirSync(legacy).filter((d) => /^\d{4}_/.test(d)).sort()) {
    await sqlite.executeMultiple(fs.readFileSync(path.join(legacy, dir, 'migration.sql'), 'utf8'));
  }
  const t = sqliteDate('2026-03-19T10:00:00.123Z');
  const rows: [string, unknown[]][] = [
    ['INSERT INTO "User" (id, email, passwordHash, name, credits, plan, webhookSecret, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', ['u1', 'ada@example.test', 'scrypt$x', 'Ada', 42, 'pro', 'whsec', t, t]],
    ['INSERT INTO "User" (id, email, passwordHash, credits, plan, webhookSecret, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', ['u2', 'bob@example.test', 'scrypt$y', 0, 'free', 'whsec2', '2026-03-18 08:00:00', t]],
    ['INSERT INTO "ApiKey" (id, userId, name, prefix, hash, createdAt, lastUsedAt) VALUES (?, ?, ?, ?, ?, ?, ?)', ['k1', 'u1', 'ci', 'sk-abcdefg', 'f'.repeat(64), t, t]],
    ['INSERT INTO "Task" (id, videoTaskId, userId, config, configHash, width, height, fps, duration, quality, status, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', ['t1', 'vt1', 'u1', '{"a":1}', 'h1', 1280, 720, 30, 2.5, 'high', 'completed', 3, t, t]],
    ['INSERT INTO "Render" (id, taskId, userId, status, stage, progress, config, configHash, width, height, fps, duration, quality, cost, refunded, createdAt, completedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', ['r1', 't1', 'u1', 'failed', 'rendering', 0.5, '{"a":1}', 'h1', 1280, 720, 30, 2.5, 'high', 3, 1, t, t]],
    ['INSERT INTO "CreditLedger" (id, userId, amount, balanceAfter, reason, renderId, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)', ['l1', 'u1', -3, 39, 'render', 'r1', t]],
    ['INSERT INTO "CreditLedger" (id, userId, amount, balanceAfter, reason, renderId, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)', ['l2', 'u1', 3, 42, 'refund', 'r1', t]],
    ['INSERT INTO "File" (id, userId, name, key, type, mimeType, size, createdAt, status, hasAudio, derivedSize) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', ['f1', 'u1', 'clip.mp4', 'uploads/u1/f1.mp4', 'video', 'video/mp4', 3_000_000_000, t, 'ready', 0, 1234]],
    ['INSERT INTO "FileJob" (id, fileId, status, attempts, createdAt) VALUES (?, ?, ?, ?, ?)', ['f1', 'f1', 'done', 1, t]],
  ];
  for (const [sql, args] of rows) await sqlite.execute({ sql, args: args as never });
  sqlite.close();
}

beforeAll(async () => {
  dataDir = useFreshDatabase();
  sqliteFile = path.join(dataDir, 'cutroom.db');
  await makeLegacyDatabase(sqliteFile);
  db = (await import('../lib/server/db/client')).db;
});

describe('db import-sqlite', () => {
  it('copies every row, with dates, booleans and large sizes intact, and says what it copied', async () => {
    const res = cli('db', 'import-sqlite', sqliteFile);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toContain('User\t2 rows');
    expect(res.out).toContain('CreditLedger\t2 rows');
    expect(res.out).toMatch(/Imported 9 rows from \d+ tables/);

    const ada = await db.user.findUniqueOrThrow({ where: { email: 'ada@example.test' }, include: { ledger: { orderBy: { id: 'asc' } } } });
    expect(ada).toMatchObject({ id: 'u1', name: 'Ada', credits: 42, plan: 'pro', webhookSecret: 'whsec' });
    expect(ada.createdAt.toISOString()).toBe('2026-03-19T10:00:00.123Z');
    expect(ada.ledger.map((l) => [l.amount, l.balanceAfter, l.reason])).toEqual([[-3, 39, 'render'], [3, 42, 'refund']]);
    // SQLite's CURRENT_TIMESTAMP text (no zone) is UTC.
    expect((await db.user.findUniqueOrThrow({ where: { id: 'u2' } })).createdAt.toISOString()).toBe('2026-03-18T08:00:00.000Z');
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: 'k1' } })).toMatchObject({ prefix: 'sk-abcdefg', revokedAt: null });
    expect(await db.task.findUniqueOrThrow({ where: { id: 't1' } })).toMatchObject({ duration: 2.5, version: 3, status: 'completed' });
    expect(await db.render.findUniqueOrThrow({ where: { id: 'r1' } })).toMatchObject({ refunded: true, progress: 0.5, numWorkers: 1 });
    const file = await db.file.findUniqueOrThrow({ where: { id: 'f1' }, include: { job: true } });
    expect(file).toMatchObject({ size: 3_000_000_000, hasAudio: false, derivedSize: 1234, status: 'ready' });
    expect(file.job?.status).toBe('done');
  });

  it('refuses a database that already holds rows, and replaces them with --force', async () => {
    await db.user.update({ where: { id: 'u1' }, data: { credits: 1 } });
    const refused = cli('db', 'import-sqlite', sqliteFile);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already holds rows .*--force/);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'u1' } })).credits).toBe(1);

    const forced = cli('db', 'import-sqlite', sqliteFile, '--force');
    expect(forced.code).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'u1' } })).credits).toBe(42);
    expect(await db.creditLedger.count()).toBe(2);
  });

  it('names a missing file', () => {
    const res = cli('db', 'import-sqlite', path.join(dataDir, 'nope.db'));
    expect(res.code).toBe(1);
    expect(res.err).toContain('No SQLite database at');
  });
});
