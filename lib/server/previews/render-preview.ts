import { CONVERT_MESSAGE } from '../../contract';
import { startRender } from '../renders/start-render';
import { deleteTask } from '../tasks/delete-task';
import { clonePreview, type ClonePreviewInput } from './clone-preview';

/**
 * Clones a preview into a permanent task and starts rendering it (charging credits). When the render
 * cannot start (not enough credits, nothing to render) the clone is removed again, so a failed call
 * leaves nothing behind.
 */
export async function renderPreview(input: ClonePreviewInput & { webhookUrl?: string; numWorkers?: number }) {
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
