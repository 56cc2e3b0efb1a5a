import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/** One titled group of inspector fields, laid out two per row. */
export function Section({ title, children, action, label }: { title: string; children: ReactNode; action?: ReactNode; label?: string }) {
  return (
    <section data-section={label ?? title} className="border-b border-zinc-800 px-3 py-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h3 className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">{title}</h3>
        {action}
      </div>
      <div className="grid grid-cols-2 gap-x-2 gap-y-2.5">{children}</div>
    </section>
  );
}

/** A small text button for section headers and rows ("+ Entry", "Remove"). */
export function SmallButton({ children, onClick, label, className, disabled }: { children: ReactNode; onClick: () => void; label?: string; className?: string; disabled?: boolean }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        'inline-flex h-6 items-center gap-1 rounded-md border border-zinc-700/80 bg-zinc-900 px-2 text-[11px] text-zinc-300 hover:border-zinc-500 hover:text-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-400 disabled:opacity-40',
        className,
      )}
    >
      {children}
    </button>
  );
}
