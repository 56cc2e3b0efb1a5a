'use client';

import { useEffect, useState } from 'react';
import { CheckIcon, CopyIcon } from './icons';

export interface CopyButtonProps {
  /** The text, or a function that fetches it when clicked. */
  value: string | (() => Promise<string>);
  label?: string;
  className?: string;
}

async function writeClipboard(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (plain-http deployments): fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

/** Copies to the clipboard and says so for two seconds. */
export function CopyButton({ value, label = 'Copy', className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await writeClipboard(typeof value === 'string' ? value : await value());
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button type="button" onClick={() => void copy()}
      className={className ?? 'inline-flex items-center gap-1.5 rounded-md border border-zinc-700 px-3 py-1.5 text-sm text-zinc-200 hover:bg-zinc-800'}>
      {state === 'copied' ? <CheckIcon className="text-emerald-400" /> : <CopyIcon />}
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}</span>
    </button>
  );
}
