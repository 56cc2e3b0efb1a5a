import { createHash } from 'node:crypto';
import { db } from '../db/client';

/**
 * A short fingerprint of the account's password hash, carried in the session token: changing the
 * password changes it, which ends every other session (the one that made the change signs in again).
 * Null when the account no longer exists.
 */
export async function sessionVersionOf(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user ? createHash('sha256').update(user.passwordHash).digest('base64url').slice(0, 16) : null;
}
