'use client';

import { useId, type ReactNode } from 'react';
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
  error?: string | null;
}

/** A modal confirmation on the native <dialog> (focus trap, Escape, backdrop for free). */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, onConfirm, onCancel, isBusy, isDanger, error }: ConfirmDialogProps) {
  const ref = useModalDialog(isOpen);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-zinc-700 bg-zinc-900 p-6 text-zinc-100 shadow-2xl backdrop:bg-black/60"
    >
      <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
      <div className="mt-2 text-sm text-zinc-300">{children}</div>
      {error && <p role="alert" className="mt-3 rounded-md border border-red-900 bg-red-950/60 px-3 py-2 text-sm text-red-300">{error}</p>}
      <div className="mt-6 flex justify-end gap-3">
        <button type="button" onClick={onCancel} disabled={isBusy}
          className="rounded-md border border-zinc-700 px-4 py-2 text-sm hover:bg-zinc-800 disabled:opacity-50">
          Cancel
        </button>
        <button type="button" onClick={onConfirm} disabled={isBusy} autoFocus={!isDanger}
          className={`rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-50 ${isDanger ? 'bg-red-600 hover:bg-red-500' : 'bg-violet-600 hover:bg-violet-500'}`}>
          {isBusy ? 'Please wait…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
