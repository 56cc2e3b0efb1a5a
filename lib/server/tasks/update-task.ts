import { type VideoConfig } from '../../video';
import { db } from '../db/client';
import { derivedFields } from './derived-fields';
import { getTaskOrThrow } from './get-task-or-throw';

export async function updateTask(input: {
  userId: string;
  taskId: string;
  config?: VideoConfig;
  title?: string;
  metadata?: Record<string, unknown> | null;
}) {
  await getTaskOrThrow(input);
  return db.task.update({
    where: { id: input.taskId },
    data: {
      ...(input.config ? derivedFields(input.config) : {}),
      ...(input.title !== undefined ? { title: input.title.trim() || 'Untitled video' } : {}),
      ...(input.metadata !== undefined ? { metadata: input.metadata ? JSON.stringify(input.metadata) : null } : {}),
    },
  });
}
