import { z } from 'zod';
import { db } from '../db/client';
import { newRowId, randomBase62 } from '../ids';
import { hashApiKey } from './api-key-hash';

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
