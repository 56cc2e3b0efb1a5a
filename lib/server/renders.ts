import { publicFileUrl } from '../storage';
import { chargeCredits, getBalance, grantCredits } from './credits';
import { db } from './db/client';
import type { Render } from './db/generated/client';
import { ApiError } from './errors';
import { newRenderId } from './ids';
import { getSettings } from './settings';
import { getTaskOrThrow, taskCost } from './tasks';
import { taskUrls } from './urls';
import { enqueueWebhook } from './webhooks';
import { assertPublicWebhookTarget } from './webhook-target';

/** How long a worker's claim on a job lasts without a heartbeat. */
export const LEASE_MS = 30_000;
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

  if (task.status === 'completed' && task.videoKey) {
    const done = await db.render.findFirst({
      where: { taskId: task.id, status: 'completed', configHash: task.configHash },
      orderBy: { createdAt: 'desc' },
    });
    if (done) {
      return {
        ...base,
        renderTaskId: done.id,
        status: 'completed' as const,
        alreadyRendered: true,
        cost: done.cost,
        remainingCredits: await getBalance(input.userId),
        videoUrl: publicFileUrl(task.videoKey),
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

/** Claims the oldest runnable job: queued, or rendering with an expired lease (its worker died). */
export async function claimNextRender(workerId: string): Promise<Render | null> {
  await failAbandonedRenders();
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const candidate = await db.render.findFirst({
      where: {
        OR: [{ status: 'queued' }, { status: 'rendering', leaseExpiresAt: { lt: now }, attempts: { lt: MAX_ATTEMPTS } }],
      },
      orderBy: { createdAt: 'asc' },
    });
    if (!candidate) return null;
    const { count } = await db.render.updateMany({
      where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
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
    if (count === 1) return db.render.findUniqueOrThrow({ where: { id: candidate.id } });
  }
  return null;
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
  const render = await db.$transaction(async (tx) => {
    const { count } = await tx.render.updateMany({
      where: { id: input.renderId, status: { in: ['queued', 'rendering'] }, ...(input.workerId ? { leaseOwner: input.workerId } : {}) },
      data: { status: 'failed', error: input.error, completedAt: new Date(), leaseExpiresAt: null },
    });
    if (count === 0) return null;
    const r = await tx.render.findUniqueOrThrow({ where: { id: input.renderId } });
    await tx.task.updateMany({ where: { id: r.taskId, status: 'rendering' }, data: { status: 'failed' } });
    return r;
  });
  if (!render) return null;
  if (input.refund && render.cost > 0) {
    await db.render.update({ where: { id: render.id }, data: { refunded: true } });
    await grantCredits({
      userId: render.userId,
      amount: render.cost,
      reason: 'refund',
      note: `Refund for failed render ${render.id}`,
      taskId: render.taskId,
      renderId: render.id,
    });
  }
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
