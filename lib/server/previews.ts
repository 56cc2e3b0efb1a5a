import type { VideoConfig } from '../video';
import { db } from './db/client';
import type { Preview } from './db/generated/client';
import { ApiError } from './errors';
import { newTempId } from './ids';
import { CONVERT_MESSAGE, PREVIEW_EXPIRES_IN, PREVIEW_NOTE, PREVIEW_TTL_MS } from '../contract/previews';
import { startRender } from './renders';
import { createTask, deleteTask, parseConfigOrThrow, serializeTask } from './tasks';
import { previewUrls } from './urls';

/**
 * Parses the body of POST /api/v1/preview, which IS the config (no `{ config }` wrapper). A wrapped
 * body is the most likely mistake, so it gets a message that says so instead of "meta is required".
 */
export function parsePreviewConfigOrThrow(body: unknown): VideoConfig {
  const isWrapped =
    typeof body === 'object' && body !== null && !Array.isArray(body) && 'config' in body && !('meta' in body);
  if (isWrapped) {
    throw new ApiError(
      'INVALID_CONFIG',
      'Invalid video configuration: send the config itself as the request body, not wrapped in { "config": … }',
      { issues: [{ path: 'config', message: 'the preview body is the config itself; remove the "config" wrapper' }] },
    );
  }
  return parseConfigOrThrow(body);
}

/** Stores a preview for 7 days. Costs nothing. */
export async function createPreview({ userId, config }: { userId: string; config: VideoConfig }) {
  const now = new Date();
  // Expired rows are dead weight; sweeping the caller's own on each create keeps the table small.
  await db.preview.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const preview = await db.preview.create({
    data: {
      id: newTempId(),
      userId,
      config: JSON.stringify(config),
      expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
    },
  });
  return {
    tempId: preview.id,
    ...previewUrls(preview.id),
    expiresIn: PREVIEW_EXPIRES_IN,
    expiresAt: preview.expiresAt.toISOString(),
    note: PREVIEW_NOTE,
  };
}

/** Ownership-scoped loader: another user's, an expired and a missing preview are all NOT_FOUND. */
export async function getPreviewOrThrow({ tempId, userId }: { tempId: string; userId: string }): Promise<Preview> {
  const preview = await db.preview.findFirst({ where: { id: tempId, userId, expiresAt: { gt: new Date() } } });
  if (!preview) throw new ApiError('NOT_FOUND', 'Temp preview not found');
  return preview;
}

/** The preview as GET /api/v1/preview/:tempId reports it. */
export async function getPreview(input: { tempId: string; userId: string }) {
  const preview = await getPreviewOrThrow(input);
  return {
    tempId: preview.id,
    config: JSON.parse(preview.config) as VideoConfig,
    ...previewUrls(preview.id),
    createdAt: preview.createdAt.toISOString(),
    expiresAt: preview.expiresAt.toISOString(),
  };
}

export async function deletePreview(input: { tempId: string; userId: string }) {
  const preview = await getPreviewOrThrow(input);
  await db.preview.delete({ where: { id: preview.id } });
  return { tempId: preview.id, deleted: true as const, message: 'Temp preview deleted successfully' };
}

/**
 * Clones a preview into a permanent task; the preview stays usable. The stored config is validated
 * again (INVALID_CONFIG) because the schema may have tightened since the preview was made.
 */
async function clonePreview(input: { tempId: string; userId: string; category?: string }) {
  const preview = await getPreviewOrThrow(input);
  const config = parseConfigOrThrow(JSON.parse(preview.config));
  const task = await createTask({ userId: input.userId, config, category: input.category });
  return { preview, task };
}

export async function convertPreview(input: { tempId: string; userId: string; category?: string }) {
  const { preview, task } = await clonePreview(input);
  const { taskId, videoTaskId, previewUrl, viewerUrl, configUrl, status, quality, width, height, duration, title } =
    serializeTask(task, null);
  return {
    tempId: preview.id,
    converted: true as const,
    taskId,
    videoTaskId,
    previewUrl,
    viewerUrl,
    configUrl,
    status,
    quality,
    width,
    height,
    duration,
    title,
    message: CONVERT_MESSAGE,
  };
}

/**
 * Clones a preview into a permanent task and starts rendering it (charging credits). When the render
 * cannot start (not enough credits, nothing to render) the clone is removed again, so a failed call
 * leaves nothing behind.
 */
export async function renderPreview(input: {
  tempId: string;
  userId: string;
  category?: string;
  webhookUrl?: string;
  numWorkers?: number;
}) {
  const { preview, task } = await clonePreview(input);
  let started: Awaited<ReturnType<typeof startRender>>;
  try {
    started = await startRender({ userId: input.userId, taskId: task.id, webhookUrl: input.webhookUrl, numWorkers: input.numWorkers });
  } catch (err) {
    await deleteTask({ taskId: task.id, userId: input.userId }).catch(() => undefined);
    throw err;
  }
  return {
    tempId: preview.id,
    converted: true as const,
    convertMessage: CONVERT_MESSAGE,
    videoTaskId: task.videoTaskId,
    ...started, // taskId, renderTaskId, status, quality, size, cost, remainingCredits, message and the task's URLs (configUrl too)
  };
}

/**
 * A preview for its public pages (/t/:tempId, /preview/:tempId), or null when missing or expired.
 * No userId: the unguessable tempId is the capability.
 */
export async function getPublicPreview(tempId: string) {
  const preview = await db.preview.findFirst({ where: { id: tempId, expiresAt: { gt: new Date() } } });
  if (!preview) return null;
  return {
    tempId: preview.id,
    config: JSON.parse(preview.config) as VideoConfig,
    createdAt: preview.createdAt,
    expiresAt: preview.expiresAt,
  };
}

export type PublicPreview = NonNullable<Awaited<ReturnType<typeof getPublicPreview>>>;
