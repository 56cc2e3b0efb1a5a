import { getSettings } from '../../config';

/** How long a worker's claim on a job lasts without a heartbeat (RENDER_LEASE_MS overrides; tests shorten it). */
export const LEASE_MS = getSettings().renderLeaseMs;
/** Attempts before a job that keeps losing its worker is failed for good. */
export const MAX_ATTEMPTS = 3;

/** A job is runnable when queued, or rendering with an expired lease (its worker died) and attempts left. */
export const runnable = (now: Date) => ({
  OR: [{ status: 'queued' }, { status: 'rendering', leaseExpiresAt: { lt: now }, attempts: { lt: MAX_ATTEMPTS } }],
});
