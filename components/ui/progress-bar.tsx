import { cn } from './cn';

export interface ProgressBarProps {
  /** 0–100, or null for an indeterminate bar. */
  value: number | null;
  label: string;
  className?: string;
}

/** An accessible progress bar (`role="progressbar"` with aria-valuenow). */
export function ProgressBar({ value, label, className }: ProgressBarProps) {
  const clamped = value === null ? null : Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped ?? undefined}
      className={cn('h-1.5 w-full overflow-hidden rounded-full bg-zinc-800', className)}
    >
      <div
        className={cn('h-full rounded-full bg-indigo-500 transition-[width] duration-300', clamped === null && 'w-1/3 animate-pulse')}
        style={clamped === null ? undefined : { width: `${clamped}%` }}
      />
    </div>
  );
}
