import { db } from '../db/client';
import { ApiError } from '../errors';

export async function revokeApiKey(input: { userId: string; apiKeyId: string }) {
  const { count } = await db.apiKey.updateMany({
    where: { id: input.apiKeyId, userId: input.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new ApiError('NOT_FOUND', 'API key not found');
}

export async function revokeApiKeyByPrefix(input: { userId: string; prefix: string }) {
  const matches = await db.apiKey.findMany({ where: { userId: input.userId, revokedAt: null } });
  const hit = matches.filter((k) => input.prefix.startsWith(k.prefix) || k.prefix.startsWith(input.prefix));
  if (hit.length !== 1) throw new ApiError('NOT_FOUND', hit.length ? 'Prefix matches several keys; give more characters' : 'No active key with that prefix');
  await revokeApiKey({ userId: input.userId, apiKeyId: hit[0]!.id });
}
