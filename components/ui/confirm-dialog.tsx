'use client';

import { useId, type ReactNode } from 'react';
import { cn } from './cn';
import { useModalDialog } from './use-modal-dialog';

export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isBusy?: boolean;
  isDanger?: boolean;
  /** The confirm button is shown but cannot be pressed (the body says why). */
  isConfirmDisabled?: boolean;
  error?: string | null;
  /** The Cancel button's label; `null` shows no Cancel button (Escape still calls `onCancel`). */
  cancelLabel?: string | null;
  /** A third choice between Cancel and the confirmation ("Resize only"). */
  secondary?: { label: string; onClick: () => void };
  testId?: string;
  /** The confirm button's colour when not a danger: the settings pages' violet, the editor's indigo. */
  accent?: 'violet' | 'indigo';
}

/** A modal confirmation on the native <dialog> (focus trap, Escape, backdrop for free). */
export function ConfirmDialog({
  isOpen, title, children, confirmLabel, onConfirm, onCancel, isBusy, isDanger, isConfirmDisabled, error,
  cancelLabel = 'Cancel', secondary, testId, accent = 'violet',
}: ConfirmDialogProps) {
  const ref = useModalDialog(isOpen);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-zinc-700 bg-zinc-900 p-5 text-zinc-100 shadow-2xl backdrop:bg-black/60 sm:p-6"
    >
      {isOpen ? (
        <>
          <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
          <div className="mt-2 text-sm text-zinc-300">{children}</div>
          {error && <p role="alert" className="mt-3 rounded-md border border-red-900 bg-red-950/60 px-3 py-2 text-sm text-red-300">{error}</p>}
          <div className="mt-6 flex flex-wrap justify-end gap-2 sm:gap-3">
            {cancelLabel !== null ? (
              <button type="button" onClick={onCancel} disabled={isBusy}
                className="rounded-md border border-zinc-700 px-4 py-2 text-sm hover:bg-zinc-800 disabled:opacity-50">
                {cancelLabel}
              </button>
            ) : null}
            {secondary ? (
              <button type="button" onClick={secondary.onClick} disabled={isBusy}
                className="rounded-md border border-zinc-700 px-4 py-2 text-sm hover:bg-zinc-800 disabled:opacity-50">
                {secondary.label}
              </button>
            ) : null}
            <button type="button" onClick={onConfirm} disabled={isBusy || isConfirmDisabled} autoFocus={!isDanger}
              className={cn(
                'rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-50',
                isDanger ? 'bg-red-600 hover:bg-red-500' : accent === 'indigo' ? 'bg-indigo-500 hover:bg-indigo-400' : 'bg-violet-600 hover:bg-violet-500',
              )}>
              {isBusy ? 'Please wait…' : confirmLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
