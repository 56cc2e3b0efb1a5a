import { db } from '../db/client';

/**
 * The config JSON behind a task's public configUrl (the unguessable taskId is the capability), with
 * the task version it belongs to (served as its ETag, so a reader knows which version it holds).
 */
export async function getPublicTaskConfig(taskId: string): Promise<{ config: string; version: number } | null> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { config: true, version: true } });
  return task ?? null;
}
