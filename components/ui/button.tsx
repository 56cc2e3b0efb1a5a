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
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-400 disabled:cursor-not-allowed',
        variants[variant],
        sizes[size],
        className,
      )}
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
export function IconButton({ label, shortcut, title, className, size = 'md', variant = 'ghost', children, ...rest }: IconButtonProps) {
  return (
    <Button
      aria-label={label}
      title={title ?? (shortcut ? `${label} (${shortcut})` : label)}
      variant={variant}
      size={size}
      className={cn(size === 'sm' ? 'w-7 px-0' : 'w-8 px-0', className)}
      {...rest}
    >
      {children}
    </Button>
  );
}
