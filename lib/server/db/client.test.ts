import { beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// The client on the run's real PostgreSQL (a database of this file's own, made by useFreshDatabase).
let db: typeof import('./client').db;
beforeAll(async () => {
  useFreshDatabase();
  db = (await import('./client')).db;
});

it('talks to PostgreSQL, on the database DATABASE_URL names', async () => {
  const [row] = await db.$queryRaw<{ version: string; database: string }[]>`SELECT version() AS version, current_database()::text AS database`;
  expect(row?.version).toMatch(/^PostgreSQL 1\d/);
  expect(row?.database).toBe(new URL(process.env.DATABASE_URL as string).pathname.slice(1));
});

it('concurrent read-modify-write transactions do not lose updates (row locks, no busy errors)', async () => {
  await db.user.create({ data: { id: 'u1', email: 'a@x.test', passwordHash: 'x', webhookSecret: 's' } });
  await Promise.all(
    Array.from({ length: 20 }, () =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = 'u1' FOR UPDATE`;
        const user = await tx.user.findUniqueOrThrow({ where: { id: 'u1' } });
        await tx.user.update({ where: { id: 'u1' }, data: { credits: user.credits + 1 } });
      }),
    ),
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: 'u1' } })).credits).toBe(20);
});

it('keeps dates to the millisecond and byte sizes past 2^31 (a 5 GB upload)', async () => {
  const at = new Date('2026-03-19T10:00:00.123Z');
  const file = await db.file.create({
    data: { id: 'f1', userId: 'u1', name: 'big.mp4', key: 'uploads/u1/big.mp4', type: 'video', mimeType: 'video/mp4', size: 5 * 1024 ** 3 + 7, createdAt: at },
  });
  const read = await db.file.findUniqueOrThrow({ where: { id: file.id } });
  expect(read.size).toBe(5 * 1024 ** 3 + 7);
  expect(read.createdAt.toISOString()).toBe(at.toISOString());
  expect(await db.file.count({ where: { createdAt: { gt: new Date(at.getTime() - 1) } } })).toBe(1);
});
