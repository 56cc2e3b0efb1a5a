import { db } from '../db/client';
import { ApiError } from '../errors';
import { apiKeyPattern, hashApiKey } from './api-key-hash';

/** Resolves a presented key to its owner, or throws the documented auth error. */
export async function authenticateApiKey(key: string) {
  if (!apiKeyPattern.test(key)) {
    throw new ApiError('INVALID_API_KEY_FORMAT', 'API key format is incorrect: expected "sk-" followed by letters and digits.');
  }
  const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!row) throw new ApiError('INVALID_API_KEY', 'Invalid API key.');
  if (row.revokedAt) throw new ApiError('API_KEY_INACTIVE', 'This API key has been revoked.');
  const owner = await db.user.findUnique({ where: { id: row.userId }, select: { id: true } });
  if (!owner) throw new ApiError('USER_NOT_FOUND', 'The owner of this API key was not found.');
  // Last-used is informational: a lost update under concurrency is fine, a blocked request is not.
  db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return { userId: row.userId, apiKeyId: row.id };
}
