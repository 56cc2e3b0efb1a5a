import { type VideoConfig } from '../../video';
import { db } from '../db/client';
import { newTaskId, newVideoTaskId } from '../ids';
import { derivedFields } from './derived-fields';

export async function createTask(input: {
  userId: string;
  config: VideoConfig;
  metadata?: Record<string, unknown> | null;
  title?: string;
  category?: string;
}) {
  return db.task.create({
    data: {
      id: newTaskId(),
      videoTaskId: newVideoTaskId(),
      userId: input.userId,
      title: input.title?.trim() || input.config.meta.title || 'Untitled video',
      category: input.category ?? 'api',
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
      ...derivedFields(input.config),
    },
  });
}
