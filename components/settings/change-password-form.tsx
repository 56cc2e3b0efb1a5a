'use client';

import { useActionState } from 'react';
import type { FormState } from '@/components/ui/form-state';
import { alertError, alertSuccess, input, primaryButton } from './styles';

interface Props {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  passwordRules: string;
  /** The page was reloaded after a successful change. */
  isChanged?: boolean;
}

export function ChangePasswordForm({ action, passwordRules, isChanged }: Props) {
  const [state, formAction, isPending] = useActionState(action, { error: null });
  // React resets the fields after each submission: passwords are never kept in the page.
  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4" aria-label="Change password">
      <label className="flex flex-col gap-1 text-sm">
        Current password
        <input name="currentPassword" type="password" required autoComplete="current-password"
          aria-invalid={state.field === 'currentPassword' || undefined} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        New password
        <input name="newPassword" type="password" required minLength={8} autoComplete="new-password"
          aria-describedby="new-password-rules" aria-invalid={state.field === 'newPassword' || undefined} className={input} />
        <span id="new-password-rules" className="text-xs text-zinc-500">{passwordRules}</span>
      </label>
      {state.error && <p role="alert" className={alertError}>{state.error}</p>}
      {(state.ok || (isChanged && !state.error)) && <p role="status" className={alertSuccess}>Password changed. Use the new one next time you sign in.</p>}
      <div>
        <button type="submit" disabled={isPending} className={primaryButton}>
          {isPending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
