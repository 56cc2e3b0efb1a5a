import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseJsonBody, parseQuery } from '@/lib/api/parse';
import { createTaskBody, paginationQuery, taskStatusSchema } from '@/lib/contract';
import { createTask, listTasks, parseConfigWithWarningsOrThrow, serializeTask, warningsField } from '@/lib/server/tasks';

// POST /api/v1/video – create a task (does not render)
export const POST = withApi(async ({ req, userId }) => {
  const body = await parseJsonBody(req, createTaskBody);
  const { config, warnings } = parseConfigWithWarningsOrThrow(body.config);
  const task = await createTask({ userId, config, metadata: body.metadata, title: body.title, category: body.category });
  const { taskId, videoTaskId, previewUrl, viewerUrl, configUrl, status, quality, width, height, duration, title, category } =
    serializeTask(task, null);
  return {
    taskId, videoTaskId, previewUrl, viewerUrl, configUrl, status, quality, width, height, duration, title, category,
    message: 'Task created successfully. Call POST /api/v1/video/:taskId/render to start rendering.',
    ...warningsField(warnings),
  };
});

const listQuery = z.object({ ...paginationQuery, status: taskStatusSchema.optional(), category: z.string().max(100).optional() });

// GET /api/v1/video – list the caller's tasks, newest first (category=all or no category: every category)
export const GET = withApi(async ({ req, userId }) => {
  const { page, limit, status, category } = parseQuery(req, listQuery);
  const { tasks, total } = await listTasks({ userId, page, limit, status, category: category === 'all' ? undefined : category });
  return { tasks: tasks.map(({ task, render }) => serializeTask(task, render)), pagination: { page, limit, total } };
});
