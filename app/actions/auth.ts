'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { signIn, signOut } from '@/lib/api/auth';
import { safeNextPath } from '@/lib/api/safe-next-path';
import { ApiError } from '@/lib/server/errors';
import { loginBlock, loginBlockMessage } from '@/lib/server/accounts/login-throttle';
import { clientAddress } from '@/lib/server/net/client-address';
import { signUp } from '@/lib/server/accounts';
import type { AuthFormState } from '@/components/ui/form-state';

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

/** The wait a RATE_LIMITED error asks for, for the form's countdown. */
function retryAfterOf(err: ApiError): number | undefined {
  const seconds = err.code === 'RATE_LIMITED' ? err.details?.retryAfterSeconds : undefined;
  return typeof seconds === 'number' ? seconds : undefined;
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = field(form, 'email');
  const password = field(form, 'password');
  try {
    await signUp({
      email,
      password,
      name: field(form, 'name') || undefined,
      inviteCode: field(form, 'inviteCode') || undefined,
      address: clientAddress(await headers()),
    });
  } catch (err) {
    if (err instanceof ApiError) return { error: err.message, email, retryAfterSeconds: retryAfterOf(err) };
    throw err;
  }
  try {
    await signIn('credentials', { email, password, redirectTo: '/dashboard' });
  } catch (err) {
    if (err instanceof AuthError) return { error: 'Your account was created, but signing in failed. Try signing in.', email };
    throw err; // the success redirect travels as an exception
  }
  return { error: null, email };
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = field(form, 'email');
  const attempt = { email, ip: clientAddress(await headers()) };
  const blocked = await loginBlock(attempt);
  if (blocked) return { error: loginBlockMessage(blocked), email, retryAfterSeconds: Math.ceil(blocked.retryAfterMs / 1000) };
  try {
    await signIn('credentials', { email, password: field(form, 'password'), redirectTo: safeNextPath(field(form, 'next')) ?? '/dashboard' });
  } catch (err) {
    if (err instanceof AuthError) {
      // The failure was counted by the credentials provider; say so at once if it used up the last try.
      const nowBlocked = await loginBlock(attempt);
      const wasBlocked = err instanceof CredentialsSignin && err.code === 'rate_limited';
      const wrong = 'Wrong email or password.';
      if (!nowBlocked) return { error: wrong, email };
      return {
        error: wasBlocked ? loginBlockMessage(nowBlocked) : `${wrong} ${loginBlockMessage(nowBlocked)}`,
        email,
        retryAfterSeconds: Math.ceil(nowBlocked.retryAfterMs / 1000),
      };
    }
    throw err; // the success redirect travels as an exception
  }
  return { error: null, email };
}

export async function signOutAction() {
  await signOut({ redirectTo: '/signin' });
}
