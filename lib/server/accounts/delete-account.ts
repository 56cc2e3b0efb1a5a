import { z } from 'zod';
import { getStorage } from '../get-storage';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { getUserOrThrow } from './get-user-or-throw';
import { normalizeEmail } from './normalize-email';

export const deleteAccountBody = z.object({
  confirmEmail: z.string().min(1, 'Type your email address to confirm.'),
});
export type DeleteAccountBody = z.infer<typeof deleteAccountBody>;

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
