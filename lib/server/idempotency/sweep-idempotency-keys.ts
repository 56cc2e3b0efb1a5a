import { getSettings } from '../../config';
import { db } from '../db/client';

const SWEEP_EVERY_MS = 60 * 1000;
const holder = globalThis as unknown as { cutroomIdempotencySweptAt?: number };

/** Deletes keys past IDEMPOTENCY_TTL_HOURS, at most once a minute per process, in the background. */
export function sweepIdempotencyKeys(now: Date): void {
  if (now.getTime() - (holder.cutroomIdempotencySweptAt ?? 0) < SWEEP_EVERY_MS) return;
  holder.cutroomIdempotencySweptAt = now.getTime();
  const cutoff = new Date(now.getTime() - getSettings().idempotencyTtlHours * 60 * 60 * 1000);
  db.idempotencyKey.deleteMany({ where: { createdAt: { lt: cutoff } } }).catch((err: unknown) => console.error('[idempotency] sweep failed', err));
}
