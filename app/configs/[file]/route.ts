import { getPublicTaskConfig } from '@/lib/server/tasks';

// GET /configs/:taskId.json – the stored config of a task (the reference's configUrl)
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params;
  const config = await getPublicTaskConfig(file.replace(/\.json$/, ''));
  if (config === null) return Response.json({ success: false, error: 'Config not found', code: 'NOT_FOUND' }, { status: 404 });
  return new Response(config, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
