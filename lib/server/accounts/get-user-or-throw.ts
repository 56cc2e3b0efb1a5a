import { db } from '../db/client';
import { ApiError } from '../errors';
import { normalizeEmail } from './normalize-email';

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

/** The account, or null when it does not exist (any more): sessions outlive deleted accounts. */
export async function findUser(userId: string) {
  return db.user.findUnique({ where: { id: userId } });
}
