import { db } from '../db/client';
import { ApiError } from '../errors';

/** Ownership-scoped loader: another user's task is NOT_FOUND, exactly like a missing one. */
export async function getTaskOrThrow({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await db.task.findFirst({ where: { id: taskId, userId } });
  if (!task) throw new ApiError('NOT_FOUND', 'Task not found');
  return task;
}
