import { db } from '../db/client';
import { ApiError } from '../errors';

export async function getBalance(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { credits: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return user.credits;
}
