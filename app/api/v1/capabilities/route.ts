import { withApi } from '@/lib/api/with-api';
import { apiCapabilities } from '@/lib/server/capabilities';

// GET /api/v1/capabilities – clip types, animations, easings, transitions, quality tiers (public: describes the server, not an account)
export const GET = withApi(async () => apiCapabilities(), { auth: 'none' });
