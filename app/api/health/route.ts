import { db } from '@/lib/server/db/client';

// GET /api/health – liveness + database reachability (used by the start script's users and the e2e runner)
export async function GET() {
  await db.user.count();
  return Response.json({ ok: true });
}
