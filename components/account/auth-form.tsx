'use client';

import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import type { AuthFormState } from '@/components/ui/form-state';

interface Props {
  mode: 'signin' | 'signup';
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
  passwordRules?: string;
  next?: string;
  /** An informational line above the form (e.g. after the account was deleted). */
  notice?: string;
  /** Sign-up: show the invite code field, with this hint (and a code from the invite link). */
  invite?: { hint: string; code?: string };
}

/** Seconds left of a wait the server asked for, counting down from when the answer arrived. */
function useCountdown(state: AuthFormState): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    const seconds = state.retryAfterSeconds ?? 0;
    const until = Date.now() + seconds * 1000;
    const tick = () => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    if (seconds <= 0) return;
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [state]);
  return left;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function AuthForm({ mode, action, passwordRules, next, notice, invite }: Props) {
  const [state, formAction, isPending] = useActionState(action, { error: null, email: '' });
  const waitSeconds = useCountdown(state);
  const isSignUp = mode === 'signup';
  return (
    <form action={formAction} className="flex w-full max-w-sm flex-col gap-4 rounded-xl border border-zinc-800 bg-zinc-900 p-8 shadow-xl">
      <div>
        <h1 className="text-xl font-semibold">{isSignUp ? 'Create your Cutroom account' : 'Sign in to Cutroom'}</h1>
        <p className="mt-1 text-sm text-zinc-400">{isSignUp ? 'Edit, preview and render videos.' : 'Welcome back.'}</p>
      </div>
      {notice && !state.error && (
        <p role="status" className="rounded-md border border-zinc-700 bg-zinc-800/60 px-3 py-2 text-sm text-zinc-200">{notice}</p>
      )}
      {isSignUp && (
        <label className="flex flex-col gap-1 text-sm">
          Name <span className="text-zinc-500">(optional)</span>
          <input name="name" autoComplete="name" className="rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2" />
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm">
        Email
        <input name="email" type="email" required autoComplete="email" defaultValue={state.email}
          className="rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2" />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Password
        <input name="password" type="password" required minLength={isSignUp ? 8 : undefined}
          autoComplete={isSignUp ? 'new-password' : 'current-password'}
          aria-describedby={isSignUp ? 'password-rules' : undefined}
          className="rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2" />
        {passwordRules && <span id="password-rules" className="text-xs text-zinc-500">{passwordRules}</span>}
      </label>
      {invite && (
        <label className="flex flex-col gap-1 text-sm">
          Invite code
          <input name="inviteCode" autoComplete="off" defaultValue={invite.code} aria-describedby="invite-hint"
            className="rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2 font-mono" />
          <span id="invite-hint" className="text-xs text-zinc-500">{invite.hint}</span>
        </label>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && (
        <p role="alert" className="rounded-md border border-red-900 bg-red-950/60 px-3 py-2 text-sm text-red-300">{state.error}</p>
      )}
      <button type="submit" disabled={isPending || waitSeconds > 0}
        className="rounded-md bg-violet-600 px-4 py-2 font-medium text-white hover:bg-violet-500 disabled:opacity-60">
        {isPending ? 'Please wait…' : waitSeconds > 0 ? `Try again in ${clock(waitSeconds)}` : isSignUp ? 'Sign up' : 'Sign in'}
      </button>
      <p className="text-center text-sm text-zinc-400">
        {isSignUp ? 'Already have an account? ' : 'New to Cutroom? '}
        <Link className="text-violet-400 hover:underline" href={isSignUp ? '/signin' : '/signup'}>
          {isSignUp ? 'Sign in' : 'Create an account'}
        </Link>
      </p>
    </form>
  );
}
