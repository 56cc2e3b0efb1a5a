import type { TaskStatus } from '../../contract';
import { db } from '../db/client';
import { latestRender } from './latest-render';

/**
 * Where a task's render stands, for its public page's progress bar (/watch/:taskId/progress), or null when there
 * is no such task. Key-less like the page itself (the unguessable taskId is the capability), and only what the
 * page already shows: the status, and while rendering the progress (0–100) and stage.
 */
export async function getPublicProgress(taskId: string): Promise<{ status: TaskStatus; progress: number | null; stage: string | null } | null> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { id: true, status: true } });
  if (!task) return null;
  const render = task.status === 'rendering' ? await latestRender(task.id) : null;
  return {
    status: task.status as TaskStatus,
    progress: render ? Math.round(render.progress * 100) : null,
    stage: render?.stage ?? null,
  };
}
