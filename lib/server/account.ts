import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getStorage } from '../storage';
import { db } from './db/client';
import { ApiError } from './errors';
import { recordLoginSuccess, reserveLoginAttempt } from './login-throttle';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';
import { getUserOrThrow, normalizeEmail } from './users';

/**
 * A short fingerprint of the account's password hash, carried in the session token: changing the
 * password changes it, which ends every other session (the one that made the change signs in again).
 * Null when the account no longer exists.
 */
export async function sessionVersionOf(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user ? createHash('sha256').update(user.passwordHash).digest('base64url').slice(0, 16) : null;
}

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: z.string().min(1, 'Enter a new password.'),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const deleteAccountBody = z.object({
  confirmEmail: z.string().min(1, 'Type your email address to confirm.'),
});
export type DeleteAccountBody = z.infer<typeof deleteAccountBody>;

/**
 * Sets a new password after checking the current one. Wrong current passwords count as failed
 * sign-ins of the account, so a borrowed session cannot be used to guess it without limit.
 */
export async function changePassword(input: { userId: string } & ChangePasswordBody): Promise<void> {
  const user = await getUserOrThrow(input.userId);
  reserveLoginAttempt({ email: user.email }); // counted before the check: parallel guesses get no more tries
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ApiError('INVALID_REQUEST', 'Your current password is not correct.', { field: 'currentPassword' });
  }
  recordLoginSuccess(user.email);
  const rule = checkPasswordRules(input.newPassword);
  if (rule) throw new ApiError('INVALID_REQUEST', rule, { field: 'newPassword' });
  if (input.newPassword === input.currentPassword) {
    throw new ApiError('INVALID_REQUEST', 'The new password must be different from the current one.', { field: 'newPassword' });
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
}

/**
 * Deletes the account and everything it owns: tasks, renders, files, previews and the credit ledger
 * (database cascades), then the stored objects (`uploads/<userId>`, each task's `renders/<taskId>`).
 * API key rows stay on purpose (they have no foreign key): a deleted owner's key answers USER_NOT_FOUND.
 */
export async function deleteAccount(input: { userId: string } & DeleteAccountBody) {
  const user = await getUserOrThrow(input.userId);
  if (normalizeEmail(input.confirmEmail) !== user.email) {
    throw new ApiError('INVALID_REQUEST', 'Type your email address exactly as shown to confirm.', { field: 'confirmEmail' });
  }
  // One transaction, so a task created meanwhile cannot escape the list of storage to remove.
  const { taskIds, fileKeys } = await db.$transaction(async (tx) => {
    const tasks = await tx.task.findMany({ where: { userId: user.id }, select: { id: true } });
    const files = await tx.file.findMany({ where: { userId: user.id }, select: { key: true } });
    await tx.user.delete({ where: { id: user.id } });
    return { taskIds: tasks.map((t) => t.id), fileKeys: files.map((f) => f.key) };
  });
  const storage = getStorage();
  await storage.removePrefix(`uploads/${user.id}`);
  for (const key of fileKeys) await storage.remove(key); // any file kept outside the user's folder
  for (const taskId of taskIds) await storage.removePrefix(`renders/${taskId}`);
  return { email: user.email, tasks: taskIds.length, files: fileKeys.length };
}
