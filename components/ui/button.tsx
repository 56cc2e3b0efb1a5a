import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';
type Size = 'sm' | 'md';

const variants: Record<Variant, string> = {
  primary: 'bg-indigo-500 text-white hover:bg-indigo-400 disabled:bg-indigo-500/40 disabled:text-white/60',
  secondary: 'bg-zinc-800 text-zinc-100 hover:bg-zinc-700 border border-zinc-700 disabled:text-zinc-500 disabled:hover:bg-zinc-800',
  ghost: 'text-zinc-300 hover:bg-zinc-800 hover:text-zinc-50 disabled:text-zinc-600 disabled:hover:bg-transparent',
  danger: 'text-red-300 hover:bg-red-500/15 hover:text-red-200 disabled:text-zinc-600',
};

const sizes: Record<Size, string> = {
  sm: 'h-7 px-2 text-xs gap-1.5',
  md: 'h-8 px-3 text-sm gap-2',
};

// Icon-only buttons are square; kept separate so no padding utility has to override another.
const iconSizes: Record<Size, string> = {
  sm: 'h-7 w-7',
  md: 'h-8 w-8',
};

const base =
  'inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors ' +
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-400 disabled:cursor-not-allowed';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  icon?: ReactNode;
}

/** The one button. Text buttons are named by their content; see `IconButton` for icon-only ones. */
export function Button({ variant = 'secondary', size = 'md', icon, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(base, variants[variant], sizes[size], className)}
      {...rest}
    >
      {icon}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'icon'> {
  /** Accessible name (also the tooltip unless `title` is given). */
  label: string;
  /** Shortcut shown in the tooltip, e.g. "Ctrl+Z". */
  shortcut?: string;
  children: ReactNode;
}

/** An icon-only button: `label` is its accessible name and tooltip. */
export function IconButton({
  label,
  shortcut,
  title,
  className,
  size = 'md',
  variant = 'ghost',
  type = 'button',
  children,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={title ?? (shortcut ? `${label} (${shortcut})` : label)}
      className={cn(base, variants[variant], iconSizes[size], className)}
      {...rest}
    >
      {children}
    </button>
  );
}
