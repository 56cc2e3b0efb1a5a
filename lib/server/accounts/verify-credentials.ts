import { db } from '../db/client';
import { hashPassword, verifyPassword } from './passwords';
import { normalizeEmail } from './normalize-email';

/** The user if email and password match, else null (same answer for unknown email and wrong password). */
export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) {
    await hashPassword(password); // spend the same time either way
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}
