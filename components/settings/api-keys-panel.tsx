'use client';

import { useActionState, useState, useTransition } from 'react';
import type { FormState } from '@/components/ui/form-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { alertError, card, input, primaryButton, secondaryButton } from './styles';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
  isRevoked: boolean;
  revoked: string | null;
}

type CreateState = FormState & { key?: string; name?: string };

interface Props {
  keys: ApiKeyRow[];
  createAction: (prev: CreateState, form: FormData) => Promise<CreateState>;
  revokeAction: (apiKeyId: string) => Promise<FormState>;
}

export function ApiKeysPanel({ keys, createAction, revokeAction }: Props) {
  const [created, formAction, isCreating] = useActionState(createAction, { error: null });
  // A new key is shown until dismissed; it lives only in this component's memory.
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const shownKey = created.key && created.key !== dismissedKey ? { key: created.key, name: created.name ?? '' } : null;
  const [toRevoke, setToRevoke] = useState<ApiKeyRow | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [isRevoking, startRevoke] = useTransition();

  function confirmRevoke() {
    if (!toRevoke) return;
    startRevoke(async () => {
      const result = await revokeAction(toRevoke.id);
      if (result.error) setRevokeError(result.error);
      else setToRevoke(null);
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <section className={card} aria-labelledby="create-key-heading">
        <h2 id="create-key-heading" className="text-lg font-semibold">Create a key</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-400">
          Programs use a key to call the API: <code className="text-zinc-300">Authorization: Bearer sk-…</code>
        </p>
        <form action={formAction} className="flex flex-wrap items-start gap-3">
          <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
            Key name
            <input name="name" required maxLength={100} placeholder="e.g. production server" autoComplete="off"
              aria-invalid={created.field === 'name' || undefined} className={input} />
          </label>
          <button type="submit" disabled={isCreating} className={`${primaryButton} mt-6`}>
            {isCreating ? 'Creating…' : 'Create key'}
          </button>
          {created.error && <p role="alert" className={`${alertError} w-full`}>{created.error}</p>}
        </form>
        {shownKey && (
          <div data-testid="new-key" className="mt-4 rounded-lg border border-violet-800 bg-violet-950/40 p-4">
            <p className="text-sm font-medium text-violet-200">
              Your new key “{shownKey.name}”. Copy it now: it is shown only once.
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <code data-testid="new-key-value" className="min-w-0 flex-1 break-all rounded-md bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-100 select-all">
                {shownKey.key}
              </code>
              <CopyButton value={shownKey.key} label="Copy key" />
              <button type="button" className={secondaryButton} onClick={() => setDismissedKey(shownKey.key)}>Done</button>
            </div>
          </div>
        )}
      </section>

      <section className={card} aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="text-lg font-semibold">Your keys</h2>
        {keys.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-400">No keys yet.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm" aria-label="API keys">
              <thead className="text-xs text-zinc-400 uppercase">
                <tr className="border-b border-zinc-800">
                  <th scope="col" className="py-2 pr-4 font-medium">Name</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Key</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Created</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Last used</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Status</th>
                  <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} data-testid="api-key-row" className="h-14 border-b border-zinc-800/60 last:border-0">
                    <td className="py-3 pr-4 font-medium">{k.name}</td>
                    <td className="py-3 pr-4 font-mono text-zinc-300">{k.prefix}…</td>
                    <td className="py-3 pr-4 text-zinc-400">{k.created}</td>
                    <td className="py-3 pr-4 text-zinc-400">{k.lastUsed ?? 'Never'}</td>
                    <td className="py-3 pr-4">
                      {k.isRevoked ? (
                        <span className="rounded bg-zinc-800 px-2 py-0.5 text-xs text-zinc-400" title={k.revoked ? `Revoked ${k.revoked}` : undefined}>Revoked</span>
                      ) : (
                        <span className="rounded bg-emerald-900/70 px-2 py-0.5 text-xs text-emerald-200">Active</span>
                      )}
                    </td>
                    <td className="py-3 text-right">
                      {!k.isRevoked && (
                        <button type="button" className="rounded-md px-3 py-1 text-sm text-red-300 hover:bg-red-500/15"
                          aria-label={`Revoke ${k.name}`}
                          onClick={() => {
                            setRevokeError(null);
                            setToRevoke(k);
                          }}>
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ConfirmDialog
        isOpen={toRevoke !== null}
        title={`Revoke “${toRevoke?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        isDanger
        isBusy={isRevoking}
        error={revokeError}
        onConfirm={confirmRevoke}
        onCancel={() => setToRevoke(null)}
      >
        Programs using <span className="font-mono">{toRevoke?.prefix}…</span> stop working at once: their calls get
        401 <code>API_KEY_INACTIVE</code>. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
