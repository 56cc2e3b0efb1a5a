import { CONVERT_MESSAGE } from '../../contract';
import { serializeTask } from '../tasks/serialize-task';
import { clonePreview, type ClonePreviewInput } from './clone-preview';

export async function convertPreview(input: ClonePreviewInput) {
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
    category: task.category,
    metadata: serializeTask(task, null).metadata,
    message: CONVERT_MESSAGE,
  };
}
