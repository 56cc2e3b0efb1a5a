import { RateLimiterRes } from 'rate-limiter-flexible';
import { getSettings } from '../../config';
import { ApiError } from '../errors';
import { createLimiter, formatWait } from '../limits';
import { createUser } from './create-user';
import { claimInvite, markInviteUsed, releaseInvite } from './invites';
import { normalizeEmail } from './normalize-email';
import { inviteNeededReason, signUpPolicy } from './sign-up-policy';

export interface SignUpInput {
  email: string;
  password: string;
  name?: string;
  inviteCode?: string;
  /** The client address (lib/server/net/client-address): sign-ups are limited per address. */
  address: string;
}

/**
 * The sign-up page's account creation, under the server's sign-up settings: FORBIDDEN when sign-up is
 * closed; RATE_LIMITED past RATE_LIMIT_SIGNUPS attempts per address in the window (every attempt counts,
 * so guessing invite codes or probing emails is limited too); an invite code when the policy asks for one.
 * New accounts get FREE_CREDITS (0 is honoured). The CLI's `user create` is not limited by any of this.
 */
export async function signUp(input: SignUpInput) {
  const settings = getSettings().signUp;
  const policy = signUpPolicy(settings);
  if (policy.isClosed) throw new ApiError('FORBIDDEN', 'Sign-up is closed on this server. Ask its administrator for an account.');
  const limiter = createLimiter({ name: 'signup-address', points: settings.perAddress, durationSeconds: settings.windowSeconds });
  try {
    await limiter.consume(input.address);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    throw new ApiError('RATE_LIMITED', `Too many sign-ups from your network. Wait ${formatWait(err.msBeforeNext)}, then try again.`, {
      retryAfterSeconds: Math.ceil(err.msBeforeNext / 1000),
    });
  }
  const reason = inviteNeededReason(policy, normalizeEmail(input.email));
  const code = input.inviteCode?.trim();
  if (reason && !code) throw new ApiError('INVALID_REQUEST', reason, { field: 'inviteCode' });
  const inviteId = reason && code ? await claimInvite(code) : null;
  try {
    const user = await createUser({ email: input.email, password: input.password, name: input.name });
    if (inviteId) await markInviteUsed(inviteId, user.id);
    return user;
  } catch (err) {
    if (inviteId) await releaseInvite(inviteId);
    throw err;
  }
}
