import { enqueueRender } from '../../queue/render-queue';
import { chargeCredits, getBalance } from '../credits';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { newRenderId } from '../ids';
import { getSettings } from '../../config';
import { getTaskOrThrow } from '../tasks/get-task-or-throw';
import { taskCost } from '../tasks/task-cost';
import { publicFileUrl, taskUrls } from '../urls';
import { assertPublicWebhookTarget } from '../webhooks/webhook-target';

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
