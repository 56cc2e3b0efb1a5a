import { checkHealth } from '@/lib/server/health';

// GET /api/health – liveness + database reachability (the start script's users and the e2e runner wait on it)
export async function GET() {
  return Response.json(await checkHealth());
}
