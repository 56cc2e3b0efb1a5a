import { enqueueRender } from '../render/queue';
import { publicFileUrl } from '../storage';
import { chargeCredits, getBalance, refundCredits } from './credits';
import { db } from './db/client';
import type { Render } from './db/generated/client';
import { ApiError } from './errors';
import { newRenderId } from './ids';
import { getSettings } from './settings';
import { getTaskOrThrow, taskCost } from './tasks';
import { taskUrls } from './urls';
import { enqueueWebhook } from './webhooks';
import { assertPublicWebhookTarget } from './webhook-target';

/** How long a worker's claim on a job lasts without a heartbeat (RENDER_LEASE_MS overrides; tests shorten it). */
export const LEASE_MS = Math.max(2_000, Number(process.env.RENDER_LEASE_MS) || 30_000);
/** Attempts before a job that keeps losing its worker is failed for good. */
export const MAX_ATTEMPTS = 3;

export interface StartRenderInput {
  userId: string;
  taskId: string;
  webhookUrl?: string;
  numWorkers?: number;
}

/**
 * Starts (or short-circuits) a render: ALREADY_RENDERING while one runs; alreadyRendered when the
 * task's current config was already rendered; otherwise charges the credits and queues the job, in
 * one transaction, so concurrent triggers end in exactly one render and one charge.
 */
export async function startRender(input: StartRenderInput) {
  const task = await getTaskOrThrow(input);
  const urls = taskUrls(task.id);
  const base = { taskId: task.id, quality: task.quality, width: task.width, height: task.height };

  if (task.status === 'completed') {
    // "Already rendered" means this exact config's output: the newest completed render of this hash,
    // which need not be the task's latest video (X → Y → X answers with X's render, not Y's).
    const done = await db.render.findFirst({
      where: { taskId: task.id, status: 'completed', configHash: task.configHash, outputKey: { not: null } },
      orderBy: { createdAt: 'desc' },
    });
    if (done?.outputKey) {
      if (task.videoKey !== done.outputKey) {
        await db.task.updateMany({
          where: { id: task.id, userId: input.userId, status: 'completed', configHash: task.configHash },
          data: { videoKey: done.outputKey, posterKey: done.posterKey, thumbKey: done.thumbKey, costCredits: done.cost },
        });
      }
      return {
        ...base,
        renderTaskId: done.id,
        status: 'completed' as const,
        alreadyRendered: true,
        cost: done.cost,
        remainingCredits: await getBalance(input.userId),
        videoUrl: publicFileUrl(done.outputKey),
        ...urls,
      };
    }
  }
  if (task.status === 'rendering') throw alreadyRendering();
  if (task.duration <= 0) {
    throw new ApiError('INVALID_CONFIG', 'Nothing to render: the video has no clips.', {
      issues: [{ path: 'tracks', message: 'add at least one clip before rendering' }],
    });
  }

  if (task.width % 2 !== 0 || task.height % 2 !== 0) {
    // H.264 (yuv420p) cannot encode odd sizes; the config is fine for previews, not for an MP4.
    throw new ApiError('INVALID_CONFIG', `H.264 needs an even width and height; this video is ${task.width}×${task.height}.`, {
      issues: [{ path: task.width % 2 !== 0 ? 'meta.width' : 'meta.height', message: 'must be an even number to render an MP4' }],
    });
  }
  if (input.webhookUrl) await assertPublicWebhookTarget(input.webhookUrl);
  const cost = taskCost(task);
  const numWorkers = Math.min(Math.max(1, input.numWorkers ?? 1), getSettings().maxRenderWorkers);
  const renderId = newRenderId();
  const remainingCredits = await db.$transaction(async (tx) => {
    // The status flip is the lock: only one concurrent trigger can move the task out of a non-rendering state.
    const { count } = await tx.task.updateMany({
      where: { id: task.id, userId: input.userId, status: { not: 'rendering' } },
      data: { status: 'rendering' },
    });
    if (count === 0) throw alreadyRendering();
    const remaining = await chargeCredits(tx, { userId: input.userId, amount: cost, reason: 'render', taskId: task.id, renderId });
    await tx.render.create({
      data: {
        id: renderId,
        taskId: task.id,
        userId: input.userId,
        config: task.config,
        configHash: task.configHash,
        width: task.width,
        height: task.height,
        fps: task.fps,
        duration: task.duration,
        quality: task.quality,
        cost,
        numWorkers,
        webhookUrl: input.webhookUrl ?? null,
      },
    });
    return remaining;
  });
  // After the commit, so a worker that receives the id finds the row. Without REDIS_URL: no-op (workers poll).
  await enqueueRender(renderId);
  return {
    ...base,
    renderTaskId: renderId,
    status: 'rendering' as const,
    cost,
    remainingCredits,
    message: 'Rendering started',
    ...urls,
  };
}

const alreadyRendering = () => new ApiError('ALREADY_RENDERING', 'Task is already rendering');

/** A job is runnable when queued, or rendering with an expired lease (its worker died) and attempts left. */
const runnable = (now: Date) => ({
  OR: [{ status: 'queued' }, { status: 'rendering', leaseExpiresAt: { lt: now }, attempts: { lt: MAX_ATTEMPTS } }],
});

/** The claim itself: a conditional update that only one worker can win for a given job state. */
async function tryClaim(candidate: Pick<Render, 'id' | 'status' | 'attempts'>, workerId: string, now: Date): Promise<Render | null> {
  const { count } = await db.render.updateMany({
    where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts, ...runnable(now) },
    data: {
      status: 'rendering',
      stage: 'rendering',
      progress: 0,
      leaseOwner: workerId,
      leaseExpiresAt: new Date(now.getTime() + LEASE_MS),
      attempts: { increment: 1 },
      startedAt: now,
    },
  });
  return count === 1 ? db.render.findUniqueOrThrow({ where: { id: candidate.id } }) : null;
}

/** Claims the oldest runnable job: queued, or rendering with an expired lease (its worker died). */
export async function claimNextRender(workerId: string): Promise<Render | null> {
  await failAbandonedRenders();
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const candidate = await db.render.findFirst({ where: runnable(now), orderBy: { createdAt: 'asc' } });
    if (!candidate) return null;
    const claimed = await tryClaim(candidate, workerId, now);
    if (claimed) return claimed;
  }
  return null;
}

export type ClaimOutcome =
  | { kind: 'claimed'; render: Render }
  /** Another worker holds a live lease; it may have just died, so the caller can retry after `until`. */
  | { kind: 'leased'; until: Date }
  /** Finished, failed (possibly just now, after the last attempt) or deleted: nothing to do. */
  | { kind: 'gone' };

/**
 * Claims one specific job (a queue delivered its id), through the same conditional update as
 * claimNextRender. A job out of attempts is failed with a refund here.
 */
export async function claimRender(renderId: string, workerId: string): Promise<ClaimOutcome> {
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const render = await db.render.findUnique({ where: { id: renderId } });
    if (!render || render.status === 'completed' || render.status === 'failed') return { kind: 'gone' };
    const isLeaseLive = render.status === 'rendering' && render.leaseExpiresAt !== null && render.leaseExpiresAt >= now;
    if (isLeaseLive) return { kind: 'leased', until: render.leaseExpiresAt as Date };
    if (render.status === 'rendering' && render.attempts >= MAX_ATTEMPTS) {
      await failAbandonedRenders();
      return { kind: 'gone' };
    }
    const claimed = await tryClaim(render, workerId, now);
    if (claimed) return { kind: 'claimed', render: claimed };
  }
  return { kind: 'gone' };
}

/**
 * For queue-fed workers: the ids of jobs that should be in the queue, so a job whose delivery was lost
 * (Redis down at startRender, a flushed queue, BullMQ giving up on stalls) is handed out again.
 * Fails the jobs that ran out of attempts first.
 */
export async function rendersToRequeue(limit = 100): Promise<string[]> {
  await failAbandonedRenders();
  const rows = await db.render.findMany({ where: runnable(new Date()), orderBy: { createdAt: 'asc' }, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Extends the lease and records progress; false when the lease was lost (another worker took over). */
export async function heartbeat(input: { renderId: string; workerId: string; progress?: number; stage?: string }) {
  const { count } = await db.render.updateMany({
    where: { id: input.renderId, leaseOwner: input.workerId, status: 'rendering' },
    data: {
      leaseExpiresAt: new Date(Date.now() + LEASE_MS),
      ...(input.progress !== undefined ? { progress: Math.min(1, Math.max(0, input.progress)) } : {}),
      ...(input.stage ? { stage: input.stage } : {}),
    },
  });
  return count === 1;
}

export async function completeRender(input: {
  renderId: string;
  workerId: string;
  outputKey: string;
  posterKey?: string;
  thumbKey?: string;
  firstFrameAt?: Date | null;
}) {
  const now = new Date();
  const render = await db.$transaction(async (tx) => {
    const { count } = await tx.render.updateMany({
      where: { id: input.renderId, leaseOwner: input.workerId, status: 'rendering' },
      data: {
        status: 'completed',
        stage: 'finalizing',
        progress: 1,
        outputKey: input.outputKey,
        posterKey: input.posterKey ?? null,
        thumbKey: input.thumbKey ?? null,
        firstFrameAt: input.firstFrameAt ?? null,
        completedAt: now,
        leaseExpiresAt: null,
      },
    });
    if (count === 0) return null;
    const r = await tx.render.findUniqueOrThrow({ where: { id: input.renderId } });
    await tx.task.update({
      where: { id: r.taskId },
      data: {
        status: 'completed',
        videoKey: input.outputKey,
        posterKey: input.posterKey ?? null,
        thumbKey: input.thumbKey ?? null,
        costCredits: r.cost,
        completedAt: now,
      },
    });
    return r;
  });
  if (render?.webhookUrl) {
    await enqueueWebhook(render, { status: 'completed', videoUrl: publicFileUrl(input.outputKey), error: null });
  }
  return render;
}

/**
 * Fails a job. `refund` is for failures on our side (crash, timeout, internal error); a failure the
 * config caused (bad media) keeps the charge, since the work was done.
 */
export async function failRender(input: { renderId: string; workerId?: string; error: string; refund: boolean }) {
  // One transaction: a render is never failed without its refund, nor refunded twice.
  const render = await db.$transaction(async (tx) => {
    const { count } = await tx.render.updateMany({
      where: { id: input.renderId, status: { in: ['queued', 'rendering'] }, ...(input.workerId ? { leaseOwner: input.workerId } : {}) },
      data: { status: 'failed', error: input.error, completedAt: new Date(), leaseExpiresAt: null },
    });
    if (count === 0) return null;
    let r = await tx.render.findUniqueOrThrow({ where: { id: input.renderId } });
    await tx.task.updateMany({ where: { id: r.taskId, status: 'rendering' }, data: { status: 'failed' } });
    if (input.refund && r.cost > 0) {
      r = await tx.render.update({ where: { id: r.id }, data: { refunded: true } });
      await refundCredits(tx, { userId: r.userId, amount: r.cost, note: `Refund for failed render ${r.id}`, taskId: r.taskId, renderId: r.id });
    }
    return r;
  });
  if (!render) return null;
  if (render.webhookUrl) await enqueueWebhook(render, { status: 'failed', videoUrl: null, error: input.error });
  return render;
}

/** Jobs whose worker died on every attempt: fail them with a clear error and refund. */
export async function failAbandonedRenders() {
  const stuck = await db.render.findMany({
    where: { status: 'rendering', leaseExpiresAt: { lt: new Date() }, attempts: { gte: MAX_ATTEMPTS } },
    select: { id: true, attempts: true },
  });
  for (const r of stuck) {
    await failRender({
      renderId: r.id,
      error: `The render worker stopped responding ${r.attempts} times; giving up. Your credits were refunded.`,
      refund: true,
    });
  }
}

export async function getRenderConfig(render: Render) {
  return JSON.parse(render.config) as unknown;
}
