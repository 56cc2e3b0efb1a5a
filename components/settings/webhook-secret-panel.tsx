'use client';

import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { alertError, alertSuccess, secondaryButton } from './styles';

interface Props {
  revealAction: () => Promise<string>;
  rotateAction: () => Promise<string>;
}

const masked = `whsec_${'•'.repeat(32)}`;

/** The signing secret: fetched only when revealed or copied, rotated after a confirmation. */
export function WebhookSecretPanel({ revealAction, rotateAction }: Props) {
  const [secret, setSecret] = useState<string | null>(null);
  const [isRevealed, setRevealed] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [isRotated, setRotated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  async function load(): Promise<string> {
    if (secret) return secret;
    const value = await revealAction();
    setSecret(value);
    return value;
  }

  function toggleReveal() {
    if (isRevealed) return setRevealed(false);
    startTransition(async () => {
      try {
        await load();
        setRevealed(true);
        setError(null);
      } catch {
        setError('Could not load the secret. Reload the page and try again.');
      }
    });
  }

  function rotate() {
    startTransition(async () => {
      try {
        setSecret(await rotateAction());
        setRevealed(true);
        setRotated(true);
        setConfirming(false);
        setError(null);
      } catch {
        setError('Could not rotate the secret. Try again.');
      }
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <code data-testid="webhook-secret" className="min-w-0 flex-1 basis-full break-all rounded-md sm:basis-0 border border-zinc-800 bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-100">
          {isRevealed && secret ? secret : masked}
        </code>
        <button type="button" className={secondaryButton} onClick={toggleReveal} disabled={isPending} aria-pressed={isRevealed}>
          {isRevealed ? 'Hide' : 'Reveal'}
        </button>
        <CopyButton value={load} label="Copy secret" />
        <button type="button" className={secondaryButton} onClick={() => setConfirming(true)} disabled={isPending}>
          Rotate…
        </button>
      </div>
      {error && <p role="alert" className={alertError}>{error}</p>}
      {isRotated && (
        <p role="status" className={alertSuccess}>
          New secret in place. Deliveries from now on are signed with it: update your receivers.
        </p>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        isDanger
        isBusy={isPending}
        onConfirm={rotate}
        onCancel={() => setConfirming(false)}
      >
        A new secret replaces the current one at once. Receivers that verify signatures with the old secret will reject
        deliveries until you give them the new one.
      </ConfirmDialog>
    </div>
  );
}
