import type { TaskStatus } from '../../contract';
import { db } from '../db/client';
import type { Render } from '../db/generated/client';

export async function listTasks(input: { userId: string; page: number; limit: number; status?: TaskStatus; category?: string }) {
  const where = { userId: input.userId, ...(input.status ? { status: input.status } : {}), ...(input.category ? { category: input.category } : {}) };
  const [tasks, total] = await Promise.all([
    db.task.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.limit,
      take: input.limit,
    }),
    db.task.count({ where }),
  ]);
  const latest = await latestRenders(tasks.map((t) => t.id));
  return { tasks: tasks.map((t) => ({ task: t, render: latest.get(t.id) ?? null })), total };
}

async function latestRenders(taskIds: string[]): Promise<Map<string, Render>> {
  const renders = await db.render.findMany({ where: { taskId: { in: taskIds } }, orderBy: { createdAt: 'asc' } });
  return new Map(renders.map((r) => [r.taskId, r]));
}
