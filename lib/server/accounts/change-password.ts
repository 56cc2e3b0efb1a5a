import { z } from 'zod';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { recordLoginSuccess, reserveLoginAttempt } from './login-throttle';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';
import { getUserOrThrow } from './get-user-or-throw';

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: z.string().min(1, 'Enter a new password.'),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

/**
 * Sets a new password after checking the current one. Wrong current passwords count as failed
 * sign-ins of the account, so a borrowed session cannot be used to guess it without limit.
 */
export async function changePassword(input: { userId: string } & ChangePasswordBody): Promise<void> {
  const user = await getUserOrThrow(input.userId);
  await reserveLoginAttempt({ email: user.email }); // counted before the check: parallel guesses get no more tries
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ApiError('INVALID_REQUEST', 'Your current password is not correct.', { field: 'currentPassword' });
  }
  await recordLoginSuccess(user.email);
  const rule = checkPasswordRules(input.newPassword);
  if (rule) throw new ApiError('INVALID_REQUEST', rule, { field: 'newPassword' });
  if (input.newPassword === input.currentPassword) {
    throw new ApiError('INVALID_REQUEST', 'The new password must be different from the current one.', { field: 'newPassword' });
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
}
