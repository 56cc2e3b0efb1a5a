'use client';

import { useEffect, useId, useRef } from 'react';

export interface SizeChange {
  from: { width: number; height: number };
  to: { width: number; height: number };
  /** The size is already applied (typed fields): cancelling keeps it, only scaling is offered. */
  isApplied: boolean;
}

/** Asks whether a new canvas size should also scale what is on it. */
export function ScaleContentDialog({ change, onScale, onKeep, onCancel }: { change: SizeChange | null; onScale: () => void; onKeep: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (change && !dialog.open) dialog.showModal();
    if (!change && dialog.open) dialog.close();
  }, [change]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-zinc-700 bg-zinc-900 p-5 text-zinc-100 shadow-2xl backdrop:bg-black/60"
    >
      {change ? (
        <>
          <h2 id={titleId} className="text-base font-semibold">Scale the content too?</h2>
          <p className="mt-2 text-sm text-zinc-300">
            The canvas goes from {change.from.width}×{change.from.height} to {change.to.width}×{change.to.height}. Scaling moves and
            resizes every clip so it keeps its place and proportions; sizes in % already follow the canvas.
          </p>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            {change.isApplied ? null : (
              <button type="button" onClick={onCancel} className="rounded-md px-3 py-2 text-sm text-zinc-300 hover:bg-zinc-800">
                Cancel
              </button>
            )}
            <button type="button" onClick={onKeep} className="rounded-md border border-zinc-700 px-3 py-2 text-sm hover:bg-zinc-800">
              {change.isApplied ? 'Keep content as is' : 'Resize only'}
            </button>
            <button type="button" autoFocus onClick={onScale} className="rounded-md bg-indigo-500 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-400">
              Scale content
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
