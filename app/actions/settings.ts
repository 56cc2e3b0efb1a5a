'use server';

import { refresh } from 'next/cache';
import type { z } from 'zod';
import type { FormState } from '@/components/ui/form-state';
import { signIn, signOut } from '@/lib/api/auth';
import { requireUser } from '@/lib/api/session';
import { changePassword, changePasswordBody, deleteAccount, deleteAccountBody } from '@/lib/server/accounts';
import { createApiKey, createApiKeyBody, revokeApiKey } from '@/lib/server/accounts';
import { ApiError } from '@/lib/server/errors';
import { defaultWebhookUrlBody, setDefaultWebhookUrl } from '@/lib/server/webhooks/default-webhook-url';
import { getWebhookSecret, rotateWebhookSecret } from '@/lib/server/webhooks/webhook-secret';

// Server actions of the settings pages: session → parse → one lib/server call → refresh.
// Next.js checks that an action's Origin matches the host, so these are safe from cross-site posts.


function parseForm<T extends z.ZodType>(schema: T, form: FormData): { data: z.infer<T> } | { state: FormState } {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { state: { error: issue?.message ?? 'Invalid input.', field: issue?.path.join('.') } };
}

function failure(err: unknown): FormState {
  if (err instanceof ApiError) return { error: err.message, field: typeof err.details?.field === 'string' ? err.details.field : undefined };
  throw err;
}

// Settings › API keys: create one; the full key is returned to this response only.
export async function createApiKeyAction(_prev: FormState & { key?: string }, form: FormData): Promise<FormState & { key?: string; name?: string }> {
  const user = await requireUser();
  const input = parseForm(createApiKeyBody, form);
  if ('state' in input) return input.state;
  const { key, apiKey } = await createApiKey({ userId: user.id, name: input.data.name });
  refresh();
  return { error: null, ok: true, key, name: apiKey.name };
}

// Settings › API keys: revoke one of the caller's keys.
export async function revokeApiKeyAction(apiKeyId: string): Promise<FormState> {
  const user = await requireUser();
  if (typeof apiKeyId !== 'string' || apiKeyId === '') return { error: 'API key not found' };
  try {
    await revokeApiKey({ userId: user.id, apiKeyId });
  } catch (err) {
    return failure(err);
  }
  refresh();
  return { error: null, ok: true };
}

// Settings › Account: change the password (the current one is required).
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const input = parseForm(changePasswordBody, form);
  if ('state' in input) return input.state;
  try {
    await changePassword({ userId: user.id, ...input.data });
  } catch (err) {
    return failure(err);
  }
  // The change ended every session of the account, this one too: sign this one in again, and reload
  // the page with the new session cookie (a redirect; a re-render here would still see the old one).
  await signIn('credentials', { email: user.email, password: input.data.newPassword, redirectTo: '/settings/account?password=changed' });
  return { error: null, ok: true };
}

// Settings › Account: delete the account and everything in it, then sign out.
export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const input = parseForm(deleteAccountBody, form);
  if ('state' in input) return input.state;
  try {
    await deleteAccount({ userId: user.id, ...input.data });
  } catch (err) {
    return failure(err);
  }
  await signOut({ redirectTo: '/signin?deleted=1' });
  return { error: null, ok: true };
}

// Settings › Webhooks: the signing secret, sent only when the user asks to see or copy it.
export async function revealWebhookSecretAction(): Promise<string> {
  const user = await requireUser();
  return getWebhookSecret(user.id);
}

// Settings › Webhooks: replace the signing secret.
export async function rotateWebhookSecretAction(): Promise<string> {
  const user = await requireUser();
  return rotateWebhookSecret(user.id);
}

// Settings › Webhooks: where asset events go when an asset was uploaded without a webhook_url (empty clears it).
export async function setDefaultWebhookUrlAction(_prev: FormState & { url?: string | null }, form: FormData): Promise<FormState & { url?: string | null }> {
  const user = await requireUser();
  const input = parseForm(defaultWebhookUrlBody, form);
  if ('state' in input) return input.state;
  try {
    const url = await setDefaultWebhookUrl({ userId: user.id, webhookUrl: input.data.webhook_url });
    refresh();
    return { error: null, ok: true, url };
  } catch (err) {
    return failure(err);
  }
}
