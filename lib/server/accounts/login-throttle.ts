import { RateLimiterRes } from 'rate-limiter-flexible';
import { getSettings } from '../../config';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { backoffSeconds, createLimiter, formatWait } from '../limits';
import { normalizeEmail } from './normalize-email';
import { verifyCredentials } from './verify-credentials';

/** How long an account's failures are remembered, and the window of the per-address count. */
const ACCOUNT_WINDOW_SECONDS = 60 * 60;
const ADDRESS_WINDOW_SECONDS = 15 * 60;

/**
 * Three counters on the shared rate-limiter store (every app process sees the same counts):
 * - failures: an account's attempts since its last success (forgotten an hour after the first);
 * - gate: past the free attempts, one attempt per delay, the delay doubling with each failure;
 * - address: failed attempts per client address across accounts.
 */
function limiters() {
  const s = getSettings().signIn;
  return {
    settings: s,
    failures: createLimiter({ name: 'signin-failures', points: 1_000_000, durationSeconds: ACCOUNT_WINDOW_SECONDS }),
    gate: createLimiter({ name: 'signin-gate', points: 1, durationSeconds: s.backoffSeconds }),
    address: createLimiter({ name: 'signin-address', points: s.perAddress, durationSeconds: ADDRESS_WINDOW_SECONDS }),
  };
}

export interface LoginAttempt {
  email: string;
  /** The client address, when known. */
  ip?: string | null;
}

export interface LoginBlock {
  scope: 'account' | 'ip';
  retryAfterMs: number;
}


const refusedBy = (err: unknown): RateLimiterRes => {
  if (err instanceof RateLimiterRes) return err;
  throw err;
};

/** Whether this account or address must wait before trying again, and for how long (counts nothing). */
export async function loginBlock(attempt: LoginAttempt): Promise<LoginBlock | null> {
  const { settings, failures, gate, address } = limiters();
  if (attempt.ip) {
    const byAddress = await address.get(attempt.ip);
    if (byAddress && byAddress.consumedPoints >= settings.perAddress) return { scope: 'ip', retryAfterMs: byAddress.msBeforeNext };
  }
  const account = normalizeEmail(attempt.email);
  const failed = await failures.get(account);
  if (!failed || failed.consumedPoints < settings.freeAttempts) return null;
  const closed = await gate.get(account);
  return closed && closed.consumedPoints >= 1 && closed.msBeforeNext > 0 ? { scope: 'account', retryAfterMs: closed.msBeforeNext } : null;
}

/**
 * Counts an attempt before its password is checked, so at most the free attempts are evaluated per
 * account however many arrive at once; past them, one attempt per delay (30 s, 1 min, 2 min… at most
 * 10 min by default) gets through, the right password included, so an attacker slows the owner down
 * but cannot lock them out for good. RATE_LIMITED (with how long to wait) when there is no room.
 * The returned release takes the attempt back from the address's count (for a success).
 */
export async function reserveLoginAttempt(attempt: LoginAttempt): Promise<{ releaseIp: () => Promise<void> }> {
  try {
    return await countAttempt(attempt);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    // The count could not be kept (the store failed, e.g. a write conflict under a burst): the attempt is
    // refused unseen rather than evaluated uncounted — failing closed keeps "at most N evaluated".
    console.warn(`[sign-in] an attempt could not be counted and was refused: ${err instanceof Error ? err.message : String(err)}`);
    throw rateLimitedError({ scope: 'account', retryAfterMs: 1000 });
  }
}

async function countAttempt(attempt: LoginAttempt): Promise<{ releaseIp: () => Promise<void> }> {
  const { settings, failures, gate, address } = limiters();
  const ip = attempt.ip;
  if (ip) {
    try {
      await address.consume(ip);
    } catch (err) {
      throw rateLimitedError({ scope: 'ip', retryAfterMs: refusedBy(err).msBeforeNext });
    }
  }
  const releaseIp = async () => {
    if (ip) await address.reward(ip);
  };
  const account = normalizeEmail(attempt.email);
  const n = (await failures.consume(account)).consumedPoints;
  if (n >= settings.freeAttempts) {
    // The last free attempt and every later one pass the gate, one per delay; the delay grows with n.
    const delay = backoffSeconds(n - settings.freeAttempts + 1, settings.backoffSeconds, settings.backoffMaxSeconds);
    try {
      await gate.consume(account, 1, { customDuration: delay });
    } catch (err) {
      const refusal = refusedBy(err);
      // Not evaluated, so not counted: the delay grows with evaluated failures only.
      await failures.reward(account);
      await releaseIp();
      throw rateLimitedError({ scope: 'account', retryAfterMs: refusal.msBeforeNext });
    }
  }
  return { releaseIp };
}

/** A successful sign-in clears the account's failures and delay (not the address's: one good account proves little). */
export async function recordLoginSuccess(email: string): Promise<void> {
  const { failures, gate } = limiters();
  const account = normalizeEmail(email);
  await Promise.all([failures.delete(account), gate.delete(account)]);
}

export function loginBlockMessage(block: LoginBlock): string {
  const who = block.scope === 'account' ? 'for this account' : 'from your network';
  return `Too many failed sign-in attempts ${who}. Wait ${formatWait(block.retryAfterMs)}, then try again.`;
}

export function rateLimitedError(block: LoginBlock): ApiError {
  return new ApiError('RATE_LIMITED', loginBlockMessage(block), {
    scope: block.scope,
    retryAfterSeconds: Math.ceil(block.retryAfterMs / 1000),
  });
}

/**
 * Checks an email and password under the limits: RATE_LIMITED while the account must wait or the
 * address has too many recent failures (even for the right password, or guessing could go on), else
 * the user or null. The attempt is counted before the password is checked (a failure keeps it counted).
 */
export async function signInWithPassword(attempt: LoginAttempt & { password: string }) {
  const reserved = await reserveLoginAttempt(attempt);
  const user = await verifyCredentials(attempt.email, attempt.password);
  if (user) {
    await recordLoginSuccess(attempt.email);
    await reserved.releaseIp();
  }
  return user;
}

/** For tests on the database store: forget every sign-in count. */
export async function resetLoginThrottle(): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: 'signin-' } } });
}
