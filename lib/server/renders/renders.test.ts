import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// A real PostgreSQL database with the committed migrations; the modules are imported after DATA_DIR is set.
let mod: {
  users: typeof import('../accounts');
  tasks: typeof import('../tasks');
  renders: typeof import('./');
  credits: typeof import('../credits');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  useFreshDatabase();
  mod = {
    users: await import('../accounts'),
    tasks: await import('../tasks'),
    renders: await import('./'),
    credits: await import('../credits'),
    db: (await import('../db/client')).db,
  };
});

const config = (duration = 10, width = 1920, height = 1080) => ({
  meta: { version: '2.0.0', width, height, fps: 30 },
  tracks: [{ clips: [{ type: 'text' as const, text: 'hi', start: 0, duration }] }],
});

async function newUser(credits: number) {
  return mod.users.createUser({ email: `u${Math.random().toString(36).slice(2)}@x.test`, password: 'password1', credits });
}

describe('startRender', () => {
  it('charges duration × multiplier once, even when triggered concurrently', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(10) });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => mod.renders.startRender({ userId: user.id, taskId: task.id })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => (f.reason as { code: string }).code)).toEqual(Array(5).fill('ALREADY_RENDERING'));
    expect(await mod.credits.getBalance(user.id)).toBe(85); // 10 s × 1.5
    expect(await mod.db.render.count({ where: { taskId: task.id } })).toBe(1);
    const ledger = await mod.db.creditLedger.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(ledger.map((l) => [l.reason, l.amount, l.balanceAfter])).toEqual([['signup', 100, 100], ['render', -15, 85]]);
  });

  it('never lets concurrent renders of different tasks take the balance below zero', async () => {
    const user = await newUser(20);
    const tasks = await Promise.all(Array.from({ length: 4 }, () => mod.tasks.createTask({ userId: user.id, config: config(10) })));
    const results = await Promise.allSettled(tasks.map((t) => mod.renders.startRender({ userId: user.id, taskId: t.id })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []));
    expect(codes).toEqual(Array(3).fill('INSUFFICIENT_CREDITS'));
    expect(await mod.credits.getBalance(user.id)).toBe(5);
    // The refused tasks are not left "rendering".
    const statuses = await mod.db.task.findMany({ where: { userId: user.id }, select: { status: true } });
    expect(statuses.filter((s) => s.status === 'rendering')).toHaveLength(1);
  });

  it("another user's task is NOT_FOUND", async () => {
    const owner = await newUser(100);
    const other = await newUser(100);
    const task = await mod.tasks.createTask({ userId: owner.id, config: config() });
    await expect(mod.renders.startRender({ userId: other.id, taskId: task.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses odd canvas sizes, which H.264 cannot encode, naming the field', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(2, 321, 180) });
    await expect(mod.renders.startRender({ userId: user.id, taskId: task.id })).rejects.toMatchObject({
      code: 'INVALID_CONFIG',
      details: { issues: [{ path: 'meta.width', message: 'must be an even number to render an MP4' }] },
    });
    expect(await mod.credits.getBalance(user.id)).toBe(100);
  });

  it('refuses an empty video', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: { meta: config().meta, tracks: [{ clips: [] }] } });
    await expect(mod.renders.startRender({ userId: user.id, taskId: task.id })).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  });
});

describe('the job lifecycle', () => {
  // Jobs queued by earlier tests would be claimed first: each lifecycle test starts with an empty queue.
  beforeEach(async () => {
    await mod.db.render.deleteMany();
  });

  it('claims, completes, and then answers alreadyRendered until the config changes', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(4, 1280, 720) });
    const started = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(started).toMatchObject({ status: 'rendering', cost: 4, remainingCredits: 96, quality: '720p' });

    const job = await mod.renders.claimNextRender('w1');
    expect(job?.id).toBe(started.renderTaskId);
    expect(await mod.renders.claimNextRender('w2')).toBeNull(); // leased
    expect(await mod.renders.heartbeat({ renderId: job!.id, workerId: 'w2', progress: 0.5 })).toBe(false);
    expect(await mod.renders.heartbeat({ renderId: job!.id, workerId: 'w1', progress: 0.5 })).toBe(true);
    await mod.renders.completeRender({ renderId: job!.id, workerId: 'w1', outputKey: `renders/${task.id}/${job!.id}.mp4` });

    const again = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(again).toMatchObject({ alreadyRendered: true, status: 'completed', cost: 4, remainingCredits: 96 });

    await mod.tasks.updateTask({ userId: user.id, taskId: task.id, config: config(5, 1280, 720) });
    const changed = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(changed).toMatchObject({ status: 'rendering', cost: 5, remainingCredits: 91 });
  });

  it('X → Y → X: alreadyRendered answers with X’s own video, and the task points at it again', async () => {
    const user = await newUser(100);
    const x = config(2, 1280, 720);
    const y = config(3, 1280, 720);
    const task = await mod.tasks.createTask({ userId: user.id, config: x });
    const renderOnce = async () => {
      const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id });
      const job = await mod.renders.claimNextRender('w-xyx');
      expect(job?.id).toBe(renderTaskId);
      const base = `renders/${task.id}/${renderTaskId}`;
      await mod.renders.completeRender({ renderId: renderTaskId, workerId: 'w-xyx', outputKey: `${base}.mp4`, posterKey: `${base}.poster.jpg`, thumbKey: `${base}.thumb.jpg` });
      return base;
    };
    const xBase = await renderOnce();
    await mod.tasks.updateTask({ userId: user.id, taskId: task.id, config: y });
    const yBase = await renderOnce();
    expect(yBase).not.toBe(xBase);
    await mod.tasks.updateTask({ userId: user.id, taskId: task.id, config: x });
    const again = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(again).toMatchObject({ alreadyRendered: true, cost: 2 });
    expect('videoUrl' in again && again.videoUrl).toContain(`${xBase}.mp4`);
    const row = await mod.db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row).toMatchObject({ videoKey: `${xBase}.mp4`, posterKey: `${xBase}.poster.jpg`, thumbKey: `${xBase}.thumb.jpg`, costCredits: 2 });
    expect(await mod.credits.getBalance(user.id)).toBe(100 - 2 - 3);
  });

  it('a job whose worker died is taken over after its lease, then failed with a refund after the last attempt', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(2, 1280, 720) });
    const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(await mod.credits.getBalance(user.id)).toBe(98);
    for (let attempt = 1; attempt <= mod.renders.MAX_ATTEMPTS; attempt++) {
      const job = await mod.renders.claimNextRender(`dying-${attempt}`);
      expect(job?.id).toBe(renderTaskId);
      expect(job?.attempts).toBe(attempt);
      // The worker "dies": its lease lapses.
      await mod.db.render.update({ where: { id: renderTaskId }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    }
    expect(await mod.renders.claimNextRender('late')).toBeNull();
    const render = await mod.db.render.findUniqueOrThrow({ where: { id: renderTaskId } });
    expect(render.status).toBe('failed');
    expect(render.error).toMatch(/stopped responding 3 times/);
    expect((await mod.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('failed');
    expect(await mod.credits.getBalance(user.id)).toBe(100);
  });

  it('claimRender (queue deliveries) claims through the same conditional update, and says why it cannot', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(2, 1280, 720) });
    const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    expect(await mod.renders.rendersToRequeue()).toEqual([renderTaskId]);

    const first = await mod.renders.claimRender(renderTaskId, 'w1');
    expect(first).toMatchObject({ kind: 'claimed', render: { id: renderTaskId, attempts: 1, leaseOwner: 'w1', stage: 'rendering' } });
    // A second delivery while w1 holds a live lease: told when the lease ends; nothing to requeue.
    const second = await mod.renders.claimRender(renderTaskId, 'w2');
    expect(second.kind).toBe('leased');
    expect(second.kind === 'leased' && second.until.getTime()).toBeGreaterThan(Date.now());
    expect(await mod.renders.rendersToRequeue()).toEqual([]);

    // w1 dies: once its lease lapses the job is runnable again and w2 takes it over.
    await mod.db.render.update({ where: { id: renderTaskId }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    expect(await mod.renders.rendersToRequeue()).toEqual([renderTaskId]);
    expect(await mod.renders.claimRender(renderTaskId, 'w2')).toMatchObject({ kind: 'claimed', render: { attempts: 2, leaseOwner: 'w2' } });
    expect(await mod.renders.heartbeat({ renderId: renderTaskId, workerId: 'w1' })).toBe(false);

    await mod.renders.completeRender({ renderId: renderTaskId, workerId: 'w2', outputKey: 'renders/x.mp4' });
    expect(await mod.renders.claimRender(renderTaskId, 'w3')).toEqual({ kind: 'gone' });
    expect(await mod.renders.claimRender('rt_missing', 'w3')).toEqual({ kind: 'gone' });
  });

  it('claimRender fails a job that is out of attempts, with a refund, instead of running it again', async () => {
    const user = await newUser(100);
    const task = await mod.tasks.createTask({ userId: user.id, config: config(2, 1280, 720) });
    const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id });
    await mod.db.render.update({
      where: { id: renderTaskId },
      data: { status: 'rendering', attempts: mod.renders.MAX_ATTEMPTS, leaseOwner: 'dead', leaseExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await mod.renders.claimRender(renderTaskId, 'w1')).toEqual({ kind: 'gone' });
    const render = await mod.db.render.findUniqueOrThrow({ where: { id: renderTaskId } });
    expect(render).toMatchObject({ status: 'failed', refunded: true, attempts: mod.renders.MAX_ATTEMPTS });
    expect(await mod.credits.getBalance(user.id)).toBe(100);
  });

  it('a failure caused by the config keeps the charge; one on our side refunds it', async () => {
    const user = await newUser(100);
    const t1 = await mod.tasks.createTask({ userId: user.id, config: config(3, 1280, 720) });
    const t2 = await mod.tasks.createTask({ userId: user.id, config: config(3, 1280, 720) });
    const r1 = await mod.renders.startRender({ userId: user.id, taskId: t1.id });
    const r2 = await mod.renders.startRender({ userId: user.id, taskId: t2.id });
    expect(await mod.credits.getBalance(user.id)).toBe(94);
    await mod.renders.failRender({ renderId: r1.renderTaskId, error: 'media 404', refund: false });
    await mod.renders.failRender({ renderId: r2.renderTaskId, error: 'crash', refund: true });
    expect(await mod.credits.getBalance(user.id)).toBe(97);
    // The task says what the ledger says: the kept charge, or nothing after the refund.
    expect((await mod.db.task.findUniqueOrThrow({ where: { id: t1.id } })).costCredits).toBe(3);
    expect((await mod.db.task.findUniqueOrThrow({ where: { id: t2.id } })).costCredits).toBe(0);
  });

  it('deleting a task mid-render refunds the render it will never deliver, once', async () => {
    const user = await newUser(100);
    const queued = await mod.tasks.createTask({ userId: user.id, config: config(4, 1280, 720) });
    const running = await mod.tasks.createTask({ userId: user.id, config: config(2, 1280, 720) });
    await mod.renders.startRender({ userId: user.id, taskId: queued.id });
    const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: running.id });
    expect(await mod.credits.getBalance(user.id)).toBe(94);
    await mod.db.render.update({ where: { id: renderTaskId }, data: { status: 'rendering', leaseOwner: 'w-del', leaseExpiresAt: new Date(Date.now() + 60_000) } });
    await mod.tasks.deleteTask({ userId: user.id, taskId: queued.id });
    await mod.tasks.deleteTask({ userId: user.id, taskId: running.id });
    expect(await mod.credits.getBalance(user.id)).toBe(100);
    // The worker finishing afterwards finds no job: nothing is charged or credited again.
    expect(await mod.renders.completeRender({ renderId: renderTaskId, workerId: 'w-del', outputKey: 'renders/gone.mp4' })).toBeNull();
    expect(await mod.credits.getBalance(user.id)).toBe(100);
  });
});
