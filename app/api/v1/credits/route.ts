import { withApi } from '@/lib/api/with-api';
import { getBalance } from '@/lib/server/credits';

// GET /api/v1/credits – the caller's balance
export const GET = withApi(async ({ userId }) => ({ credits: await getBalance(userId), currency: 'credits' }));
