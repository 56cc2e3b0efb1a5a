import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db } from './db/client';
import { ApiError } from './errors';
import { newRowId, randomBase62 } from './ids';

/** `sk-` followed by 40 base62 characters (~238 bits). */
export const apiKeyPattern = /^sk-[A-Za-z0-9]{32,128}$/;

export function hashApiKey(key: string): string {
  // Keys are high-entropy random strings, so a fast hash is enough (no brute force is feasible).
  return createHash('sha256').update(key).digest('hex');
}

/** What the settings page sends to make a key. */
export const createApiKeyBody = z.object({
  name: z.string().trim().min(1, 'Give the key a name.').max(100, 'Keep the name under 100 characters.'),
});
export type CreateApiKeyBody = z.infer<typeof createApiKeyBody>;

/** Creates a key; the full key is returned once and only its hash is stored. */
export async function createApiKey(input: { userId: string; name?: string }) {
  const key = `sk-${randomBase62(40)}`;
  const row = await db.apiKey.create({
    data: {
      id: newRowId(),
      userId: input.userId,
      name: input.name?.trim() || 'Default key',
      prefix: key.slice(0, 10),
      hash: hashApiKey(key),
    },
  });
  return { key, apiKey: row };
}

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

export async function listApiKeys(userId: string) {
  return db.apiKey.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

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
