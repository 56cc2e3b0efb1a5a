import { parseJsonBody } from '@/lib/api/parse';
import { withApi } from '@/lib/api/with-api';
import { createProfileBody } from '@/lib/contract';
import { createProfile, listProfiles } from '@/lib/server/assets';

// GET /api/v1/profiles – RendrSink's processing profiles: the built-in ones, then the account's own
export const GET = withApi(async ({ userId }) => Response.json({ profiles: await listProfiles(userId) }), { errors: 'rendrsink' });

// POST /api/v1/profiles – RendrSink: the account's own profile (slug, derivatives mp4|webm with width and quality) → 201
export const POST = withApi(async ({ req, userId }) => {
  const body = await parseJsonBody(req, createProfileBody);
  return Response.json(await createProfile({ userId, body }), { status: 201 });
}, { errors: 'rendrsink' });
