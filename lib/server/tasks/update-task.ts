import { type VideoConfig } from '../../video';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { derivedFields } from './derived-fields';

/**
 * Replaces a task's config, title and/or metadata; every accepted update is version + 1.
 *
 * `expectedVersions` is the precondition (If-Match / `version`): the write happens only if the stored
 * version is one of them, decided by the database in one conditional UPDATE, so of two concurrent
 * updates from the same base exactly one wins. The other gets `CONFLICT` with the current version,
 * and nothing of it is written. Without a precondition the update always applies (last write wins).
 */
export async function updateTask(input: {
  userId: string;
  taskId: string;
  config?: VideoConfig;
  title?: string;
  metadata?: Record<string, unknown> | null;
  expectedVersions?: number[];
}) {
  const data = {
    ...(input.config ? derivedFields(input.config) : {}),
    ...(input.title !== undefined ? { title: input.title.trim() || 'Untitled video' } : {}),
    ...(input.metadata !== undefined ? { metadata: input.metadata ? JSON.stringify(input.metadata) : null } : {}),
    version: { increment: 1 },
  };
  return db.$transaction(async (tx) => {
    const { count } = await tx.task.updateMany({
      where: {
        id: input.taskId,
        userId: input.userId,
        ...(input.expectedVersions ? { version: { in: input.expectedVersions } } : {}),
      },
      data,
    });
    const task = await tx.task.findFirst({ where: { id: input.taskId, userId: input.userId } });
    if (!task) throw new ApiError('NOT_FOUND', 'Task not found');
    if (count === 0) {
      throw new ApiError('CONFLICT', `This video was changed elsewhere (it is now at version ${task.version}); nothing was saved.`, {
        currentVersion: task.version,
      });
    }
    return task;
  });
}
