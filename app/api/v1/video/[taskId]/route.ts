import { NextResponse } from 'next/server';
import { withApi } from '@/lib/api/with-api';
import { parseJsonBody } from '@/lib/api/parse';
import { taskEtag, updateTaskBody } from '@/lib/contract';
import {
  deleteTask,
  getTaskOrThrow,
  latestRender,
  parseConfigWithWarningsOrThrow,
  serializeTask,
  taskPrecondition,
  updateTask,
  warningsField,
} from '@/lib/server/tasks';

type Params = { taskId: string };

/** The task's body, with its version as the ETag (what If-Match sends back). */
async function taskResponse(task: Awaited<ReturnType<typeof getTaskOrThrow>>, extra: object = {}) {
  const body = { success: true, ...serializeTask(task, await latestRender(task.id)), ...extra };
  return NextResponse.json(body, { headers: { ETag: taskEtag(task.version) } });
}

// GET /api/v1/video/:taskId – task details, with progress while rendering; ETag = version
export const GET = withApi<Params>(async ({ params, userId }) => {
  return taskResponse(await getTaskOrThrow({ taskId: params.taskId, userId }));
});

// PATCH /api/v1/video/:taskId – Cutroom's own: update config, metadata, title (the editor saves here).
// If-Match or `version` that is not current → CONFLICT; neither → last write wins.
export const PATCH = withApi<Params>(async ({ req, params, userId }) => {
  const body = await parseJsonBody(req, updateTaskBody);
  const parsed = body.config === undefined ? undefined : parseConfigWithWarningsOrThrow(body.config);
  const expectedVersions = taskPrecondition(req.headers.get('if-match'), body.version);
  const { title, metadata } = body;
  const task = await updateTask({ userId, taskId: params.taskId, config: parsed?.config, title, metadata, expectedVersions });
  return taskResponse(task, warningsField(parsed?.warnings ?? []));
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
