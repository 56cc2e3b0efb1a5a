'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/api/auth';
import { ApiError } from '@/lib/server/errors';
import { createUser } from '@/lib/server/users';

export interface AuthFormState {
  error: string | null;
  email: string;
}

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = field(form, 'email');
  const password = field(form, 'password');
  try {
    await createUser({ email, password, name: field(form, 'name') || undefined });
  } catch (err) {
    if (err instanceof ApiError) return { error: err.message, email };
    throw err;
  }
  await signIn('credentials', { email, password, redirectTo: '/dashboard' });
  return { error: null, email };
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = field(form, 'email');
  try {
    await signIn('credentials', { email, password: field(form, 'password'), redirectTo: field(form, 'next') || '/dashboard' });
  } catch (err) {
    if (err instanceof AuthError) return { error: 'Wrong email or password.', email };
    throw err; // the success redirect travels as an exception
  }
  return { error: null, email };
}

export async function signOutAction() {
  await signOut({ redirectTo: '/signin' });
}
