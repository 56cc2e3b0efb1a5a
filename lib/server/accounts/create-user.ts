import { db } from '../db/client';
import { ApiError } from '../errors';
import { newRowId, newUserId } from '../ids';
import { checkPasswordRules, hashPassword } from './passwords';
import { getSettings } from '../../config';
import { newWebhookSecret } from '../webhooks/webhook-secret';
import { normalizeEmail } from './normalize-email';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates an account with the signup grant recorded in the ledger. Throws on bad input or a taken email. */
export async function createUser(input: { email: string; password: string; name?: string; credits?: number }) {
  const email = normalizeEmail(input.email);
  if (!emailPattern.test(email)) throw new ApiError('INVALID_REQUEST', 'Enter a valid email address.', { field: 'email' });
  const rule = checkPasswordRules(input.password);
  if (rule) throw new ApiError('INVALID_REQUEST', rule, { field: 'password' });
  if (await db.user.findUnique({ where: { email } })) {
    throw new ApiError('INVALID_REQUEST', 'An account with this email already exists.', { field: 'email' });
  }
  const credits = input.credits ?? getSettings().freeCredits;
  const id = newUserId();
  return db.user.create({
    data: {
      id,
      email,
      name: input.name?.trim() || null,
      passwordHash: await hashPassword(input.password),
      credits,
      webhookSecret: newWebhookSecret(),
      ledger: credits !== 0 ? { create: { id: newRowId(), amount: credits, balanceAfter: credits, reason: 'signup' } } : undefined,
    },
  });
}
