import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: {
  usage: typeof import('./');
  admin: typeof import('./');
  credits: typeof import('../credits');
  users: typeof import('./');
  tasks: typeof import('../tasks');
  renders: typeof import('../renders');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  useFreshDatabase();
  process.env.ADMIN_EMAILS = ' Boss@Example.test , ops@example.test';
  mod = {
    usage: await import('./'),
    admin: await import('./'),
    credits: await import('../credits'),
    users: await import('./'),
    tasks: await import('../tasks'),
    renders: await import('../renders'),
    db: (await import('../db/client')).db,
  };
});

/** Ledger rows are ordered by time: keep consecutive ones in different milliseconds. */
const tick = () => new Promise((r) => setTimeout(r, 3));

const config = (duration: number) => ({
  meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30 },
  tracks: [{ clips: [{ type: 'text' as const, text: 'hi', start: 0, duration }] }],
});

describe('startOfMonthUtc', () => {
  it('is the first instant of the month in UTC', () => {
    expect(startOf('2025-03-31T23:59:59Z')).toBe('2025-03-01T00:00:00.000Z');
    expect(startOf('2025-01-01T00:00:00Z')).toBe('2025-01-01T00:00:00.000Z');
  });
  const startOf = (iso: string) => mod.usage.startOfMonthUtc(new Date(iso)).toISOString();
});

describe('usage and the ledger', () => {
  it('reports balance, storage against the plan, renders this month, and every movement newest first', async () => {
    const user = await mod.users.createUser({ email: 'usage@x.test', password: 'password1', credits: 100 });
    const task = await mod.tasks.createTask({ userId: user.id, config: config(10), title: 'Launch teaser' });
    await tick();
    await mod.renders.startRender({ userId: user.id, taskId: task.id }); // 10 s at 1080p: 15 credits
    await tick();
    await mod.credits.grantCredits({ userId: user.id, amount: 50, note: 'bonus' });
    await tick();
    await mod.credits.grantCredits({ userId: user.id, amount: -20 });
    await mod.db.file.create({ data: { id: 'f1', userId: user.id, name: 'a.mp4', key: 'uploads/u/a.mp4', type: 'video', mimeType: 'video/mp4', size: 1000 } });
    await mod.db.file.create({ data: { id: 'f2', userId: user.id, name: 'b.png', key: 'uploads/u/b.png', type: 'image', mimeType: 'image/png', size: 234 } });
    // A render charge from last month does not count.
    await mod.db.creditLedger.create({
      data: { id: 'old', userId: user.id, amount: -1, balanceAfter: 114, reason: 'render', createdAt: new Date(Date.UTC(2000, 0, 15)) },
    });

    const usage = await mod.usage.getUsage(user.id);
    expect(usage).toMatchObject({ balance: 115, plan: 'free', storageUsed: 1234, storageQuota: 512 * 1024 ** 2, rendersThisMonth: 1 });

    const { entries, total } = await mod.credits.listLedger({ userId: user.id, page: 1, limit: 10 });
    expect(total).toBe(5);
    expect(entries.map((e) => [e.reason, e.amount, e.balanceAfter])).toEqual([
      ['adjustment', -20, 115],
      ['grant', 50, 135],
      ['render', -15, 85],
      ['signup', 100, 100],
      ['render', -1, 114],
    ]);
    expect(entries[2]).toMatchObject({ taskId: task.id, taskTitle: 'Launch teaser' });
    expect(entries[1]?.note).toBe('bonus');

    // A deleted video keeps its ledger row, without a title to link to; the render still counts.
    // (The render finished: deleting an unfinished one would refund it, see delete-task.ts.)
    await mod.db.render.updateMany({ where: { taskId: task.id }, data: { status: 'completed' } });
    await mod.db.task.update({ where: { id: task.id }, data: { status: 'completed' } });
    await mod.tasks.deleteTask({ taskId: task.id, userId: user.id });
    const after = await mod.credits.listLedger({ userId: user.id, page: 1, limit: 10 });
    expect(after.entries[2]).toMatchObject({ taskId: task.id, taskTitle: null });
    expect((await mod.usage.getUsage(user.id)).rendersThisMonth).toBe(1);

    const page2 = await mod.credits.listLedger({ userId: user.id, page: 2, limit: 2 });
    expect(page2.entries.map((e) => e.reason)).toEqual(['render', 'signup']);
  });

  it('a negative grant is an adjustment that can never take the balance below zero', async () => {
    const user = await mod.users.createUser({ email: 'neg@x.test', password: 'password1', credits: 10 });
    await tick();
    expect(await mod.credits.grantCredits({ userId: user.id, amount: -4 })).toBe(6);
    await expect(mod.credits.grantCredits({ userId: user.id, amount: -7 })).rejects.toMatchObject({ code: 'INSUFFICIENT_CREDITS' });
    const { entries } = await mod.credits.listLedger({ userId: user.id, page: 1, limit: 10 });
    expect(entries.map((e) => [e.reason, e.amount, e.balanceAfter])).toEqual([['adjustment', -4, 6], ['signup', 10, 10]]);
  });
});

describe('admin', () => {
  it('recognises ADMIN_EMAILS case-insensitively', () => {
    expect(mod.admin.isAdminEmail('boss@example.test')).toBe(true);
    expect(mod.admin.isAdminEmail('OPS@example.test')).toBe(true);
    expect(mod.admin.isAdminEmail('someone@example.test')).toBe(false);
  });

  it('lists every account with plan, balance, videos, storage and renders this month', async () => {
    const a = await mod.users.createUser({ email: 'admin-a@x.test', password: 'password1', credits: 40 });
    await mod.users.setUserPlan(a.id, 'pro');
    const t = await mod.tasks.createTask({ userId: a.id, config: config(2) });
    await mod.tasks.createTask({ userId: a.id, config: config(2) });
    await mod.renders.startRender({ userId: a.id, taskId: t.id });
    await mod.db.file.create({ data: { id: 'fa', userId: a.id, name: 'a', key: 'uploads/a/a', type: 'image', mimeType: 'image/png', size: 77 } });
    const b = await mod.users.createUser({ email: 'admin-b@x.test', password: 'password1', credits: 0 });

    const rows = await mod.admin.listAccountUsage();
    expect(rows.find((r) => r.id === a.id)).toMatchObject({
      plan: 'pro', credits: 37, videos: 2, storageUsed: 77, storageQuota: 50 * 1024 ** 3, rendersThisMonth: 1,
    });
    expect(rows.find((r) => r.id === b.id)).toMatchObject({ credits: 0, videos: 0, storageUsed: 0, rendersThisMonth: 0 });
  });
});
