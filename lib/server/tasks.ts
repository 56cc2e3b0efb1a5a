import { creditCost, qualityFor, renderedDuration, validateVideoConfig, type VideoConfig } from '../video';
import { publicFileUrl } from '../storage';
import { getStorage } from '../storage';
import { configHash } from './config-hash';
import { db } from './db/client';
import type { Render, Task } from './db/generated/client';
import { ApiError } from './errors';
import { newTaskId, newVideoTaskId } from './ids';
import { taskUrls } from './urls';

export type TaskStatus = 'created' | 'rendering' | 'completed' | 'failed';
export const taskStatuses: TaskStatus[] = ['created', 'rendering', 'completed', 'failed'];

/** Parses a config or throws INVALID_CONFIG with every issue and its path. */
export function parseConfigOrThrow(input: unknown): VideoConfig {
  const result = validateVideoConfig(input);
  if (!result.success) {
    const first = result.issues[0];
    throw new ApiError('INVALID_CONFIG', `Invalid video configuration${first ? `: ${first.path}: ${first.message}` : ''}`, {
      issues: result.issues,
    });
  }
  return result.config;
}

/** Derived columns of a task: what the API reports without parsing the config again. */
function derivedFields(config: VideoConfig) {
  const { width, height, fps } = config.meta;
  return {
    config: JSON.stringify(config),
    configHash: configHash(config),
    width,
    height,
    fps,
    // The rendered length in whole frames: what the video lasts and what a render is billed for.
    duration: renderedDuration(config),
    quality: qualityFor(width, height).quality,
  };
}

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

/** Ownership-scoped loader: another user's task is NOT_FOUND, exactly like a missing one. */
export async function getTaskOrThrow({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await db.task.findFirst({ where: { id: taskId, userId } });
  if (!task) throw new ApiError('NOT_FOUND', 'Task not found');
  return task;
}

/** The config JSON behind a task's public configUrl (the unguessable taskId is the capability). */
export async function getPublicTaskConfig(taskId: string): Promise<string | null> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { config: true } });
  return task?.config ?? null;
}

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

export async function listTasks(input: { userId: string; page: number; limit: number; status?: TaskStatus }) {
  const where = { userId: input.userId, ...(input.status ? { status: input.status } : {}) };
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

export async function latestRender(taskId: string): Promise<Render | null> {
  return db.render.findFirst({ where: { taskId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

async function latestRenders(taskIds: string[]): Promise<Map<string, Render>> {
  const renders = await db.render.findMany({ where: { taskId: { in: taskIds } }, orderBy: { createdAt: 'asc' } });
  return new Map(renders.map((r) => [r.taskId, r]));
}

/** Deletes the task, its render records and every output file. */
export async function deleteTask({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await getTaskOrThrow({ taskId, userId });
  await db.task.delete({ where: { id: task.id } });
  await getStorage().removePrefix(`renders/${task.id}`);
  return task;
}

export function taskCost(task: Pick<Task, 'duration' | 'width' | 'height'>): number {
  return creditCost(task.duration, task.width, task.height);
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A task as the API reports it (RenderingVideo's fields, plus progress/stage/error while rendering). */
export function serializeTask(task: Task, render: Render | null) {
  const status = task.status as TaskStatus;
  return {
    taskId: task.id,
    videoTaskId: task.videoTaskId,
    title: task.title,
    width: task.width,
    height: task.height,
    fps: task.fps,
    duration: task.duration,
    quality: task.quality,
    status,
    videoUrl: task.videoKey ? publicFileUrl(task.videoKey) : null,
    posterUrl: task.posterKey ? publicFileUrl(task.posterKey) : null,
    thumbnailUrl: task.thumbKey ? publicFileUrl(task.thumbKey) : null,
    ...taskUrls(task.id),
    costCredits: task.costCredits,
    createdAt: task.createdAt.toISOString(),
    completedAt: iso(task.completedAt),
    metadata: task.metadata ? (JSON.parse(task.metadata) as Record<string, unknown>) : {},
    renderTaskId: render?.id ?? null,
    progress: status === 'completed' ? 100 : status === 'rendering' ? Math.round((render?.progress ?? 0) * 100) : 0,
    stage: status === 'rendering' ? (render?.stage ?? 'queued') : null,
    error: status === 'failed' ? (render?.error ?? 'Render failed') : null,
  };
}
