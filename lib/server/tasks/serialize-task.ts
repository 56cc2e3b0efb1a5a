import type { TaskStatus } from '../../contract';
import type { Render, Task } from '../db/generated/client';
import { publicFileUrl, taskUrls } from '../urls';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A task as the API reports it (RenderingVideo's fields, plus progress/stage/error while rendering). */
export function serializeTask(task: Task, render: Render | null) {
  const status = task.status as TaskStatus;
  return {
    taskId: task.id,
    videoTaskId: task.videoTaskId,
    title: task.title,
    category: task.category,
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
    version: task.version,
  };
}
