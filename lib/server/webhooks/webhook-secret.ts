import { randomBytes } from 'node:crypto';
import { db } from '../db/client';
import { ApiError } from '../errors';

/** `whsec_` + 32 base64url characters (192 bits): the key an account's webhooks are signed with. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export async function getWebhookSecret(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { webhookSecret: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return user.webhookSecret;
}

/** Replaces the secret; deliveries from now on are signed with the new one, the old one stops verifying. */
export async function rotateWebhookSecret(userId: string): Promise<string> {
  const webhookSecret = newWebhookSecret();
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { webhookSecret } });
  if (count === 0) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return webhookSecret;
}
