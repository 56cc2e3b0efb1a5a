import { db } from '../db/client';
import { publicFileUrl } from '../urls';
import { enqueueWebhook } from '../webhooks/enqueue-webhook';

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
