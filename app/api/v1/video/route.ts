import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseJsonBody, parseQuery } from '@/lib/api/parse';
import { createTaskBody, paginationQuery, taskStatusSchema } from '@/lib/contract';
import { createTask, listTasks, parseConfigOrThrow, serializeTask } from '@/lib/server/tasks';

// POST /api/v1/video – create a task (does not render)
export const POST = withApi(async ({ req, userId }) => {
  const body = await parseJsonBody(req, createTaskBody);
  const config = parseConfigOrThrow(body.config);
  const task = await createTask({ userId, config, metadata: body.metadata, title: body.title, category: body.category });
  const { taskId, videoTaskId, previewUrl, viewerUrl, configUrl, status, quality, width, height, duration, title } =
    serializeTask(task, null);
  return {
    taskId, videoTaskId, previewUrl, viewerUrl, configUrl, status, quality, width, height, duration, title,
    message: 'Task created successfully. Call POST /api/v1/video/:taskId/render to start rendering.',
  };
});

const listQuery = z.object({ ...paginationQuery, status: taskStatusSchema.optional() });

// GET /api/v1/video – list the caller's tasks, newest first
export const GET = withApi(async ({ req, userId }) => {
  const { page, limit, status } = parseQuery(req, listQuery);
  const { tasks, total } = await listTasks({ userId, page, limit, status });
  return { tasks: tasks.map(({ task, render }) => serializeTask(task, render)), pagination: { page, limit, total } };
});
