import { ApiError } from '../errors';
import { clientAddress } from '../net/client-address';
import { SlidingWindowLimiter, formatWait } from '../rate-limit';
import { normalizeEmail } from './normalize-email';
import { verifyCredentials } from './verify-credentials';

/** Failed sign-ins allowed per account, and per client address, in any 15 minutes. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

interface Limiters {
  account: SlidingWindowLimiter;
  ip: SlidingWindowLimiter;
}

// On globalThis: Next.js may load this module once per server bundle (actions, route handlers);
// the counts must be one per process.
const globalForThrottle = globalThis as unknown as { cutroomLoginThrottle?: Limiters };
const limiters: Limiters = (globalForThrottle.cutroomLoginThrottle ??= {
  account: new SlidingWindowLimiter({ limit: MAX_FAILURES_PER_ACCOUNT, windowMs: LOGIN_WINDOW_MS }),
  ip: new SlidingWindowLimiter({ limit: MAX_FAILURES_PER_IP, windowMs: LOGIN_WINDOW_MS }),
});

export interface LoginAttempt {
  email: string;
  /** The client address, when known. */
  ip?: string | null;
}

export interface LoginBlock {
  scope: 'account' | 'ip';
  retryAfterMs: number;
}

/**
 * The client's address, as Cutroom's HTTP server established it (the socket's peer, or X-Forwarded-For
 * from TRUST_PROXY peers only): a client cannot pick the address its attempts are counted under.
 */
export function clientIp(headers: Headers): string | null {
  return clientAddress(headers);
}

/** Whether this account or address must wait before trying again, and for how long. */
export function loginBlock(attempt: LoginAttempt): LoginBlock | null {
  const account = limiters.account.check(normalizeEmail(attempt.email));
  if (account.isLimited) return { scope: 'account', retryAfterMs: account.retryAfterMs };
  if (attempt.ip) {
    const ip = limiters.ip.check(attempt.ip);
    if (ip.isLimited) return { scope: 'ip', retryAfterMs: ip.retryAfterMs };
  }
  return null;
}

/**
 * Counts an attempt before its password is checked, so at most the limit are ever evaluated per
 * account and address in a window, however many arrive at once. RATE_LIMITED when there is no room.
 * The returned release takes the attempt back from the address's count (for a success).
 */
export function reserveLoginAttempt(attempt: LoginAttempt): { releaseIp: () => void } {
  const account = normalizeEmail(attempt.email);
  const byAccount = limiters.account.tryHit(account);
  if (!byAccount.isAllowed) throw rateLimitedError({ scope: 'account', retryAfterMs: byAccount.retryAfterMs });
  const ip = attempt.ip;
  if (!ip) return { releaseIp: () => {} };
  const byIp = limiters.ip.tryHit(ip);
  if (!byIp.isAllowed) {
    limiters.account.release(account, byAccount.at);
    throw rateLimitedError({ scope: 'ip', retryAfterMs: byIp.retryAfterMs });
  }
  return { releaseIp: () => limiters.ip.release(ip, byIp.at) };
}

/** A successful sign-in clears the account's failures (not the address's: one good account proves little). */
export function recordLoginSuccess(email: string): void {
  limiters.account.reset(normalizeEmail(email));
}

export function loginBlockMessage(block: LoginBlock): string {
  const who = block.scope === 'account' ? 'for this account' : 'from your network';
  return `Too many failed sign-in attempts ${who}. Try again in ${formatWait(block.retryAfterMs)}.`;
}

export function rateLimitedError(block: LoginBlock): ApiError {
  return new ApiError('RATE_LIMITED', loginBlockMessage(block), {
    scope: block.scope,
    retryAfterSeconds: Math.ceil(block.retryAfterMs / 1000),
  });
}

/**
 * Checks an email and password under the limits: RATE_LIMITED while the account or the address has
 * too many recent attempts (even for the right password, or guessing could go on), else the user or null.
 * The attempt is counted before the password is checked (a failure keeps it counted).
 */
export async function signInWithPassword(attempt: LoginAttempt & { password: string }) {
  const reserved = reserveLoginAttempt(attempt);
  const user = await verifyCredentials(attempt.email, attempt.password);
  if (user) {
    recordLoginSuccess(attempt.email);
    reserved.releaseIp();
  }
  return user;
}

/** For tests: forget every recorded failure. */
export function resetLoginThrottle(): void {
  limiters.account = new SlidingWindowLimiter({ limit: MAX_FAILURES_PER_ACCOUNT, windowMs: LOGIN_WINDOW_MS });
  limiters.ip = new SlidingWindowLimiter({ limit: MAX_FAILURES_PER_IP, windowMs: LOGIN_WINDOW_MS });
}
