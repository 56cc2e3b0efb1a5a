import { getSettings } from '../../config';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { newRowId } from '../ids';
import { sweepIdempotencyKeys } from './sweep-idempotency-keys';

/** A request whose key is still "in flight" this long after it began is taken to have died with its process. */
const ABANDONED_AFTER_MS = 15 * 60 * 1000;

export type IdempotencyStart =
  | { kind: 'new'; id: string }
  | { kind: 'replay'; statusCode: number; body: string; contentType: string | null };

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';

/**
 * Claims an idempotency key of an account for one request, atomically (a unique row per account and key):
 * `new` — do the work, then completeIdempotentRequest or releaseIdempotentRequest; `replay` — the stored
 * first response. 409 IDEMPOTENCY_KEY_REUSED for the same key with another request, 409
 * IDEMPOTENCY_KEY_IN_USE while the first is still running. Keys live IDEMPOTENCY_TTL_HOURS (24 by default).
 */
export async function beginIdempotentRequest(input: { userId: string; key: string; fingerprint: string }): Promise<IdempotencyStart> {
  const now = new Date();
  const ttlMs = getSettings().idempotencyTtlHours * 60 * 60 * 1000;
  sweepIdempotencyKeys(now);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const row = await db.idempotencyKey.create({
        data: { id: newRowId(), userId: input.userId, key: input.key, fingerprint: input.fingerprint },
      });
      return { kind: 'new', id: row.id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const existing = await db.idempotencyKey.findUnique({ where: { userId_key: { userId: input.userId, key: input.key } } });
    if (!existing) continue; // swept in between: claim it again
    const age = now.getTime() - existing.createdAt.getTime();
    const isExpired = age > ttlMs;
    const isAbandoned = existing.status === 'pending' && age > ABANDONED_AFTER_MS;
    if (isExpired || isAbandoned) {
      // Take the row over only if nobody else did meanwhile (same createdAt).
      await db.idempotencyKey.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.fingerprint !== input.fingerprint) {
      throw new ApiError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request (another route or body). Use a new key for a new request.', {
        idempotencyKey: input.key,
      });
    }
    if (existing.status !== 'done' || existing.statusCode === null || existing.body === null) {
      throw new ApiError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still in progress. Retry after it has finished.', {
        idempotencyKey: input.key,
      });
    }
    return { kind: 'replay', statusCode: existing.statusCode, body: existing.body, contentType: existing.contentType };
  }
  throw new ApiError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still in progress. Retry after it has finished.', {
    idempotencyKey: input.key,
  });
}
