import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { updateTaskBody } from '@/lib/contract';
import { deleteTask, getTaskOrThrow, latestRender, parseConfigWithWarningsOrThrow, serializeTask, updateTask, warningsField } from '@/lib/server/tasks';

type Params = { taskId: string };

// GET /api/v1/video/:taskId – task details, with progress while rendering
export const GET = withApi<Params>(async ({ params, userId }) => {
  const task = await getTaskOrThrow({ taskId: params.taskId, userId });
  return serializeTask(task, await latestRender(task.id));
});

// PATCH /api/v1/video/:taskId – Cutroom's own: update config, metadata, title (the editor saves here)
export const PATCH = withApi<Params>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, updateTaskBody);
  const parsed = body.config === undefined ? undefined : parseConfigWithWarningsOrThrow(body.config);
  const task = await updateTask({ userId, taskId: params.taskId, config: parsed?.config, title: body.title, metadata: body.metadata });
  return { ...serializeTask(task, await latestRender(task.id)), ...warningsField(parsed?.warnings ?? []) };
});

// DELETE /api/v1/video/:taskId – remove the task, its renders and output files
export const DELETE = withApi<Params>(async ({ params, userId }) => {
  const task = await deleteTask({ taskId: params.taskId, userId });
  return {
    taskId: task.id,
    videoTaskId: task.videoTaskId,
    deleted: true,
    // There is no upstream service: everything lives here, so "remote" deletion is the same deletion.
    remoteDeleted: true,
    message: 'Video task deleted successfully',
  };
});
