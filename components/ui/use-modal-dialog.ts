'use client';

import { useEffect, useRef } from 'react';

/** A native <dialog> shown as a modal while `isOpen` (focus trap, Escape and backdrop for free). */
export function useModalDialog(isOpen: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return ref;
}
