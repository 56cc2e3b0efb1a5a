'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/components/ui/form-state';
import { alertError, dangerButton, input } from './styles';

interface Props {
  email: string;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
}

/** Typing the account's email is the confirmation: the button stays off until it matches. */
export function DeleteAccountForm({ email, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, { error: null });
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4" aria-label="Delete account">
      <label className="flex flex-col gap-1 text-sm">
        <span>
          Type <strong className="font-mono text-zinc-100">{email}</strong> to confirm
        </span>
        <input name="confirmEmail" type="text" autoComplete="off" spellCheck={false} value={typed}
          onChange={(e) => setTyped(e.target.value)} aria-invalid={state.field === 'confirmEmail' || undefined} className={input} />
      </label>
      {state.error && <p role="alert" className={alertError}>{state.error}</p>}
      <div>
        <button type="submit" disabled={!matches || isPending} className={dangerButton}>
          {isPending ? 'Deleting…' : 'Delete my account'}
        </button>
      </div>
    </form>
  );
}
