import { publicFileUrl } from '../urls';
import type { VideoConfig } from '../../video';
import { db } from '../db/client';
import type { TaskStatus } from '../../contract';
import { latestRender } from './latest-render';
import { withRemoteWords } from '../previews/with-remote-words';

/**
 * A task for its public pages (/v/:taskId, /watch/:taskId), or null when there is none. No userId:
 * the unguessable taskId is the capability, exactly as for the task's configUrl. Only what a viewer
 * needs leaves here (never the owner, metadata or credits). Until it is rendered its page shows the live Player,
 * so its remote subtitle words come fetched then.
 */
export async function getPublicTask(taskId: string) {
  const task = await db.task.findUnique({ where: { id: taskId } });
  if (!task) return null;
  const config = JSON.parse(task.config) as VideoConfig;
  const render = task.status === 'rendering' ? await latestRender(task.id) : null;
  return {
    taskId: task.id,
    title: task.title,
    config: task.videoKey ? config : await withRemoteWords(config),
    width: task.width,
    height: task.height,
    fps: task.fps,
    duration: task.duration,
    quality: task.quality,
    status: task.status as TaskStatus,
    videoUrl: task.videoKey ? publicFileUrl(task.videoKey) : null,
    posterUrl: task.posterKey ? publicFileUrl(task.posterKey) : null,
    createdAt: task.createdAt,
    /** While rendering: where it stands (progress 0–100), for the page's live progress bar. */
    render: render ? { progress: Math.round(render.progress * 100), stage: render.stage } : null,
  };
}

export type PublicTask = NonNullable<Awaited<ReturnType<typeof getPublicTask>>>;
