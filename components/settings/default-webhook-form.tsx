'use client';

import { useActionState } from 'react';
import type { FormState } from '@/components/ui/form-state';
import { alertError, alertSuccess, input, primaryButton } from './styles';

type State = FormState & { url?: string | null };

interface Props {
  action: (prev: State, form: FormData) => Promise<State>;
  /** The saved default, or null. */
  current: string | null;
}

/** The account's default webhook URL for asset events: set, change, or clear (save it empty). */
export function DefaultWebhookForm({ action, current }: Props) {
  const [state, formAction, isPending] = useActionState(action, { error: null });
  const saved = state.ok ? (state.url ?? null) : current;
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" aria-label="Default endpoint for asset events">
      <label className="flex flex-col gap-1 text-sm">
        Default webhook URL
        <input name="webhook_url" type="url" inputMode="url" defaultValue={current ?? ''} key={current ?? ''}
          placeholder="https://example.com/webhooks/cutroom" autoComplete="off" spellCheck={false}
          aria-describedby="default-webhook-help" aria-invalid={state.field === 'webhook_url' || undefined} className={input} />
        <span id="default-webhook-help" className="text-xs text-zinc-500">
          {saved ? <>Asset events without their own <code>webhook_url</code> go to <code className="break-all text-zinc-300">{saved}</code>.</>
            : 'Not set: assets uploaded without a webhook_url send no events. Leave empty and save to clear.'}
        </span>
      </label>
      {state.error && <p role="alert" className={alertError}>{state.error}</p>}
      {state.ok && <p role="status" className={alertSuccess}>{state.url ? 'Default webhook URL saved.' : 'Default webhook URL cleared.'}</p>}
      <div>
        <button type="submit" disabled={isPending} className={primaryButton}>{isPending ? 'Saving…' : 'Save'}</button>
      </div>
    </form>
  );
}
