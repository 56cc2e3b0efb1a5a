import { withApi } from '@/lib/api/with-api';
import { builtInProfiles, serializeProfile } from '@/lib/server/assets';

// GET /api/v1/profiles – RendrSink's processing profiles: the built-in ones, each with its derivatives and thumbnails
export const GET = withApi(async () => Response.json({ profiles: builtInProfiles.map((p) => serializeProfile(p, true)) }), {
  errors: 'rendrsink',
});
