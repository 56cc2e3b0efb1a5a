import { db } from '../db/client';

/** The config JSON behind a task's public configUrl (the unguessable taskId is the capability). */
export async function getPublicTaskConfig(taskId: string): Promise<string | null> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { config: true } });
  return task?.config ?? null;
}
