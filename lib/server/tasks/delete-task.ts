import { getStorage } from '../get-storage';
import { db } from '../db/client';
import { getTaskOrThrow } from './get-task-or-throw';

/** Deletes the task, its render records and every output file. */
export async function deleteTask({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await getTaskOrThrow({ taskId, userId });
  await db.task.delete({ where: { id: task.id } });
  await getStorage().removePrefix(`renders/${task.id}`);
  return task;
}
