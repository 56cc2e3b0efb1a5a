import { taskEtag } from '@/lib/contract';
import { getPublicTaskConfig } from '@/lib/server/tasks';

// GET /configs/:taskId.json – the stored config of a task (the reference's configUrl); ETag = the task version
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  const found = await getPublicTaskConfig(file.replace(/\.json$/, ''));
  if (found === null) return Response.json({ success: false, error: 'Config not found', code: 'NOT_FOUND' }, { status: 404 });
  return new Response(found.config, {
    headers: { 'content-type': 'application/json; charset=utf-8', etag: taskEtag(found.version) },
  });
}
