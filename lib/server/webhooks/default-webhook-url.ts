import { z } from 'zod';
import { webhookUrlSchema } from '../../contract';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { assertPublicWebhookTarget } from './webhook-target';

/** The Settings › Webhooks form: an http(s) URL, or empty to clear the default. */
export const defaultWebhookUrlBody = z.object({
  webhook_url: z.string().trim().max(2048, 'The URL is too long (at most 2048 characters).'),
});

/** The account's default webhook URL: where asset events go when the asset was uploaded without one. */
export async function getDefaultWebhookUrl(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { defaultWebhookUrl: true } });
  if (!user) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return user.defaultWebhookUrl;
}

/**
 * Sets (or, with an empty string, clears) the account's default webhook URL. The same checks as a render's or
 * an asset's webhook_url: an absolute http(s) URL whose host is public (unless ALLOW_PRIVATE_WEBHOOKS=1).
 */
export async function setDefaultWebhookUrl(input: { userId: string; webhookUrl: string }): Promise<string | null> {
  const trimmed = input.webhookUrl.trim();
  let url: string | null = null;
  if (trimmed) {
    const parsed = webhookUrlSchema.safeParse(trimmed);
    if (!parsed.success) throw new ApiError('INVALID_REQUEST', 'Enter an absolute http(s) URL, such as https://example.com/hooks.', { field: 'webhook_url' });
    await assertPublicWebhookTarget(parsed.data);
    url = parsed.data;
  }
  const { count } = await db.user.updateMany({ where: { id: input.userId }, data: { defaultWebhookUrl: url } });
  if (count === 0) throw new ApiError('USER_NOT_FOUND', 'User not found');
  return url;
}
