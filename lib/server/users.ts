import { db } from './db/client';
import { ApiError } from './errors';
import { newRowId, newUserId } from './ids';
import { checkPasswordRules, hashPassword, verifyPassword } from './accounts/passwords';
import { getSettings } from '../config/settings';
import { newWebhookSecret } from './webhooks/webhook-secret';

export const plans = { free: 512 * 1024 ** 2, starter: 10 * 1024 ** 3, standard: 20 * 1024 ** 3, pro: 50 * 1024 ** 3 } as const;
export type Plan = keyof typeof plans;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

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

/** The user if email and password match, else null (same answer for unknown email and wrong password). */
export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) {
    await hashPassword(password); // spend the same time either way
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}

export async function getUserByEmailOrThrow(email: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) throw new ApiError('NOT_FOUND', `No user with email ${normalizeEmail(email)}`);
  return user;
}

export async function getUserOrThrow(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return user;
}

export async function setUserPlan(userId: string, plan: Plan) {
  await db.user.update({ where: { id: userId }, data: { plan } });
}

/** Accounts with their balance and usage, for the CLI and the admin page. */
export async function listUsers() {
  const users = await db.user.findMany({ orderBy: { createdAt: 'asc' }, include: { _count: { select: { tasks: true } } } });
  return users.map((u) => ({ id: u.id, email: u.email, plan: u.plan, credits: u.credits, tasks: u._count.tasks, createdAt: u.createdAt }));
}
