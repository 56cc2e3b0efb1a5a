import { refundCredits } from '../credits';
import { getStorage } from '../get-storage';
import { db } from '../db/client';
import { getTaskOrThrow } from './get-task-or-throw';

/**
 * Deletes the task, its render records and every output file. A render still queued or running
 * delivers nothing now, so its charge is refunded in the same transaction (the worker's completion
 * then finds no job and is dropped).
 */
export async function deleteTask({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await getTaskOrThrow({ taskId, userId });
  await db.$transaction(async (tx) => {
    const unfinished = await tx.render.findMany({ where: { taskId: task.id, status: { in: ['queued', 'rendering'] }, refunded: false } });
    for (const r of unfinished) {
      if (r.cost <= 0) continue;
      await refundCredits(tx, { userId: r.userId, amount: r.cost, note: `Refund: video deleted before render ${r.id} finished`, taskId: task.id, renderId: r.id });
    }
    await tx.task.delete({ where: { id: task.id } });
  });
  await getStorage().removePrefix(`renders/${task.id}`);
  return task;
}
