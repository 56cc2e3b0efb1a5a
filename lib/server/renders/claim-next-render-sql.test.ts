import { beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// The SKIP LOCKED claims on real PostgreSQL: workers claiming at the same moment each get a different job,
// every job once; an expired lease is taken over; out of attempts is not.
let db: typeof import('../db/client').db;
let claimOldestRunnableRender: typeof import('./claim-next-render-sql').claimOldestRunnableRender;
let claimNextFileJob: typeof import('../files/file-jobs').claimNextFileJob;
let claimDueDeliveries: typeof import('../webhooks/claim-due-deliveries-sql').claimDueDeliveries;

beforeAll(async () => {
  useFreshDatabase();
  db = (await import('../db/client')).db;
  ({ claimOldestRunnableRender } = await import('./claim-next-render-sql'));
  ({ claimNextFileJob } = await import('../files/file-jobs'));
  ({ claimDueDeliveries } = await import('../webhooks/claim-due-deliveries-sql'));
  await db.user.create({ data: { id: 'u1', email: 'claims@x.test', passwordHash: 'x', webhookSecret: 's' } });
  await db.task.create({ data: { id: 't1', videoTaskId: 'vt1', userId: 'u1', config: '{}', configHash: 'h', width: 2, height: 2, fps: 30, duration: 1, quality: 'low' } });
});

const render = (id: string, createdAt: Date, extra: object = {}) =>
  db.render.create({ data: { id, taskId: 't1', userId: 'u1', config: '{}', configHash: 'h', width: 2, height: 2, fps: 30, duration: 1, quality: 'low', cost: 1, createdAt, ...extra } });

it('concurrent render claims take different jobs, oldest first, each once', async () => {
  const base = Date.now() - 60_000;
  for (let i = 0; i < 8; i++) await render(`r${i}`, new Date(base + i * 1000));
  const now = new Date();
  const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => claimOldestRunnableRender({ workerId: `w${i}`, now, leaseMs: 30_000, maxAttempts: 3 })));
  const ids = claims.filter((c): c is string => c !== null);
  expect(ids.sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
  expect(claims.filter((c) => c === null)).toHaveLength(2);
  const rows = await db.render.findMany({ orderBy: { id: 'asc' } });
  expect(rows.every((r) => r.status === 'rendering' && r.attempts === 1 && r.leaseOwner !== null)).toBe(true);
  expect(new Set(rows.map((r) => r.leaseOwner)).size).toBe(8);
  // One claim alone takes the oldest.
  await db.render.deleteMany();
  await render('late', new Date(base + 5000));
  await render('early', new Date(base));
  expect(await claimOldestRunnableRender({ workerId: 'solo', now: new Date(), leaseMs: 30_000, maxAttempts: 3 })).toBe('early');
});

it('takes over an expired lease with attempts left, never a live one or one out of attempts', async () => {
  await db.render.deleteMany();
  const past = new Date(Date.now() - 1000);
  await render('live', new Date(0), { status: 'rendering', leaseOwner: 'a', leaseExpiresAt: new Date(Date.now() + 60_000), attempts: 1 });
  await render('spent', new Date(1), { status: 'rendering', leaseOwner: 'b', leaseExpiresAt: past, attempts: 3 });
  await render('lapsed', new Date(2), { status: 'rendering', leaseOwner: 'c', leaseExpiresAt: past, attempts: 1 });
  expect(await claimOldestRunnableRender({ workerId: 'd', now: new Date(), leaseMs: 30_000, maxAttempts: 3 })).toBe('lapsed');
  expect(await db.render.findUniqueOrThrow({ where: { id: 'lapsed' } })).toMatchObject({ leaseOwner: 'd', attempts: 2 });
  expect(await claimOldestRunnableRender({ workerId: 'd', now: new Date(), leaseMs: 30_000, maxAttempts: 3 })).toBeNull();
});

it('concurrent file-job claims (conditional updates, ranked by priority) take different jobs', async () => {
  for (let i = 0; i < 4; i++) {
    await db.file.create({ data: { id: `f${i}`, userId: 'u1', name: 'a', key: `k${i}`, type: 'image', mimeType: 'image/png', size: 1 } });
    await db.fileJob.create({ data: { id: `f${i}`, fileId: `f${i}`, createdAt: new Date(Date.now() - 10_000 + i) } });
  }
  const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => claimNextFileJob(`w${i}`)));
  expect(claims.filter((c) => c !== null).map((c) => c.id).sort()).toEqual(['f0', 'f1', 'f2', 'f3']);
  expect(new Set(claims.filter((c) => c !== null).map((c) => c.leaseOwner)).size).toBe(4);
});

it('two dispatchers split the due webhook deliveries between them', async () => {
  for (let i = 0; i < 6; i++) {
    await db.webhookDelivery.create({ data: { id: `d${i}`, userId: 'u1', renderId: 'r', taskId: 't1', url: 'http://x.test', event: 'render.completed', body: '{}', nextAttemptAt: new Date(Date.now() - 1000 + i) } });
  }
  await db.webhookDelivery.create({ data: { id: 'later', userId: 'u1', renderId: 'r', taskId: 't1', url: 'http://x.test', event: 'render.completed', body: '{}', nextAttemptAt: new Date(Date.now() + 60_000) } });
  const now = new Date();
  const [a, b] = await Promise.all([claimDueDeliveries({ owner: 'A', now, leaseMs: 60_000, limit: 4 }), claimDueDeliveries({ owner: 'B', now, leaseMs: 60_000, limit: 4 })]);
  const ids = [...a!, ...b!].map((d) => d.id).sort();
  expect(ids).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
  expect(a!.every((d) => d.leaseOwner === 'A') && b!.every((d) => d.leaseOwner === 'B')).toBe(true);
  expect(await claimDueDeliveries({ owner: 'C', now: new Date(), leaseMs: 60_000, limit: 10 })).toEqual([]);
});
