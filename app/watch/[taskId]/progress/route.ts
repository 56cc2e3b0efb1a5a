import { getPublicProgress } from '@/lib/server/tasks';

// GET /watch/:taskId/progress – where the task's render stands, for its public page's live progress bar
export async function GET(_req: Request, ctx: RouteContext<'/watch/[taskId]/progress'>) {
  const found = await getPublicProgress((await ctx.params).taskId);
  if (found === null) return Response.json({ success: false, error: 'Video not found', code: 'NOT_FOUND' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  return Response.json(found, { headers: { 'cache-control': 'no-store' } });
}
