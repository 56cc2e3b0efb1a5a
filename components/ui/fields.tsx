'use client';

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn';

/**
 * Inspector form fields. Each edits a value that lives in the store: the field shows the stored
 * value, except while the user is mid-way through typing something that is not a value yet
 * ("", "-", "1e"), which is kept as a local draft and never written. `onCommit` runs on blur and
 * Enter, which the editor uses to end an undo merge run.
 *
 * Refusals: a typed number outside `min`/`max` is never passed on, and `onChange` may return a
 * message when the store refused the value; either way the field keeps what was typed, says why
 * under it, and goes back to the stored value on blur.
 */

/** What `onChange` returns: a message when the value was refused, else nothing. */
export type FieldChangeResult = string | void | undefined;

function rangeMessage(n: number, min: number | undefined, max: number | undefined): string | undefined {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    if (min !== undefined && max !== undefined) return `Must be between ${min} and ${max}`;
    return min !== undefined ? `Must be ${min} or more` : `Must be ${max} or less`;
  }
  return undefined;
}

const inputClass =
  'h-7 w-full min-w-0 rounded-md border border-zinc-700/80 bg-zinc-900 px-2 text-xs text-zinc-100 tabular-nums ' +
  'placeholder:text-zinc-600 hover:border-zinc-600 focus:border-indigo-400 focus:outline-none focus:ring-1 focus:ring-indigo-400/40';

const invalidClass = 'border-red-500/70 focus:border-red-400 focus:ring-red-400/40';

export interface FieldShellProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  wide?: boolean;
  children: ReactNode;
}

/** Label above/beside a control, with an optional error line. */
export function FieldShell({ id, label, error, hint, wide, children }: FieldShellProps) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-1', wide && 'col-span-2')}>
      <label htmlFor={id} className="text-[11px] font-medium text-zinc-400 select-none">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-[11px] leading-tight text-red-400">
          {error}
        </p>
      ) : hint ? (
        <p className="text-[11px] leading-tight text-zinc-500">{hint}</p>
      ) : null}
    </div>
  );
}

function formatNumber(value: number | undefined, precision: number): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return String(Number(value.toFixed(precision)));
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

interface DraftState<T> {
  text: string;
  /** The stored value the draft was typed against; a different stored value (undo) discards it. */
  base: T;
}

/** What every editing field takes besides its value. */
interface FieldBaseProps {
  label: string;
  /** Blur and Enter: the editor ends an undo merge run. */
  onCommit?: () => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  wide?: boolean;
}

export interface NumberFieldProps extends FieldBaseProps {
  value: number | undefined;
  onChange: (value: number) => FieldChangeResult;
  step?: number;
  /** Limits: arrows stop there, typed values outside are refused with a message. */
  min?: number;
  max?: number;
  precision?: number;
  suffix?: string;
}

/** A numeric text field: type, or ↑/↓ to step (Shift ×10). Every valid keystroke is written at once. */
export function NumberField({
  label,
  value,
  onChange,
  onCommit,
  step = 1,
  min,
  max,
  precision = 4,
  suffix,
  placeholder,
  error,
  hint,
  wide,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<DraftState<number | undefined> | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const isDrafting = draft !== null && Object.is(draft.base, value);
  const shown = isDrafting ? draft.text : formatNumber(value, precision);
  const shownError = (isDrafting ? refusal : null) ?? error;

  const clamp = (n: number) => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n));
  /** Passes a value on unless it is out of range or refused; returns the refusal. */
  const offer = (n: number): string | null => {
    const message = rangeMessage(n, min, max) ?? onChange(n) ?? null;
    setRefusal(message || null);
    return message || null;
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const delta = (event.key === 'ArrowUp' ? step : -step) * (event.shiftKey ? 10 : 1);
      const next = Number(clamp((value ?? 0) + delta).toFixed(precision));
      setDraft(null);
      setRefusal(null);
      onChange(next);
    } else if (event.key === 'Enter') {
      if (isDrafting && refusal) return;
      setDraft(null);
      onCommit?.();
      event.currentTarget.select();
    } else if (event.key === 'Escape') {
      setDraft(null);
      event.currentTarget.blur();
    }
  };

  return (
    <FieldShell id={id} label={label} error={shownError} hint={hint} wide={wide}>
      <div className="relative">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={shown}
          placeholder={placeholder}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${id}-error` : undefined}
          className={cn(inputClass, suffix && 'pr-7', shownError && invalidClass)}
          onChange={(event) => {
            const text = event.target.value;
            const parsed = parseNumber(text);
            if (parsed !== null && !Object.is(parsed, value)) {
              // A refused value leaves the stored one in place: the draft stays against it.
              const refused = offer(parsed);
              setDraft({ text, base: refused ? value : parsed });
            } else {
              setRefusal(null);
              setDraft({ text, base: value });
            }
          }}
          onKeyDown={handleKeyDown}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => {
            setDraft(null);
            setRefusal(null);
            onCommit?.();
          }}
        />
        {suffix ? (
          <span className="pointer-events-none absolute inset-y-0 right-2 flex items-center text-[10px] text-zinc-500">
            {suffix}
          </span>
        ) : null}
      </div>
    </FieldShell>
  );
}

export interface LengthFieldProps extends Omit<NumberFieldProps, 'value' | 'onChange' | 'suffix'> {
  value: number | string | undefined;
  /** A number of pixels, a percentage string ("50%"), or undefined when cleared. */
  onChange: (value: number | string | undefined) => FieldChangeResult;
}

function parseLength(text: string): number | string | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^-?\d+(\.\d+)?%$/.test(trimmed)) return trimmed;
  return parseNumber(trimmed);
}

/** Pixels or a percentage ("50%"); empty clears the value (the renderer's default applies). */
export function LengthField({ label, value, onChange, onCommit, step = 1, placeholder, error, hint, wide }: LengthFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<DraftState<number | string | undefined> | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const formatted = typeof value === 'number' ? formatNumber(value, 2) : (value ?? '');
  const isDrafting = draft !== null && Object.is(draft.base, value);
  const shown = isDrafting ? draft.text : formatted;
  const shownError = (isDrafting ? refusal : null) ?? error;

  return (
    <FieldShell id={id} label={label} error={shownError} hint={hint} wide={wide}>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={shown}
        placeholder={placeholder}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-error` : undefined}
        className={cn(inputClass, shownError && invalidClass)}
        onChange={(event) => {
          const text = event.target.value;
          const parsed = parseLength(text);
          if (parsed !== null && !Object.is(parsed, value)) {
            const refused = onChange(parsed) || null;
            setRefusal(refused);
            setDraft({ text, base: refused ? value : parsed });
          } else {
            setRefusal(null);
            setDraft({ text, base: value });
          }
        }}
        onKeyDown={(event) => {
          if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && typeof value === 'number') {
            event.preventDefault();
            setDraft(null);
            onChange(value + (event.key === 'ArrowUp' ? step : -step) * (event.shiftKey ? 10 : 1));
          } else if (event.key === 'Enter') {
            setDraft(null);
            onCommit?.();
          }
        }}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => {
          setDraft(null);
          setRefusal(null);
          onCommit?.();
        }}
      />
    </FieldShell>
  );
}

export interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onCommit?: () => void;
  rows?: number;
  error?: string;
}

/** Multi-line text, written on every keystroke. */
export function TextAreaField({ label, value, onChange, onCommit, rows = 3, error }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} wide>
      <textarea
        id={id}
        rows={rows}
        value={value}
        spellCheck
        aria-invalid={error ? true : undefined}
        className={cn(inputClass, 'h-auto resize-y py-1.5 leading-snug', error && invalidClass)}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => onCommit?.()}
      />
    </FieldShell>
  );
}

const hexPattern = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function toPickerValue(color: string | undefined): string {
  if (!color || !hexPattern.test(color)) return '#000000';
  if (color.length === 4) {
    const [, r, g, b] = color;
    return `#${r}${r}${g}${g}${b}${b}`.toLowerCase();
  }
  return color.toLowerCase();
}

export interface ColorFieldProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => FieldChangeResult;
  onCommit?: () => void;
  placeholder?: string;
  error?: string;
  wide?: boolean;
}

/** A swatch picker (labelled) plus a free CSS colour text box (#hex, rgba(), names). */
export function ColorField({ label, value, onChange, onCommit, placeholder = '#ffffff', error, wide }: ColorFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<DraftState<string | undefined> | null>(null);
  const shown = draft && draft.base === value ? draft.text : (value ?? '');
  return (
    <FieldShell id={id} label={label} error={error} wide={wide}>
      <div className="flex gap-1.5">
        <input
          id={id}
          type="color"
          value={toPickerValue(value)}
          className="h-7 w-8 shrink-0 cursor-pointer rounded-md border border-zinc-700/80 bg-zinc-900 p-0.5"
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => onCommit?.()}
        />
        <input
          type="text"
          aria-label="Hex code"
          autoComplete="off"
          spellCheck={false}
          value={shown}
          placeholder={placeholder}
          className={cn(inputClass, 'font-mono', error && invalidClass)}
          onChange={(event) => {
            const text = event.target.value;
            const trimmed = text.trim();
            if (trimmed !== '' && trimmed !== value) {
              setDraft({ text, base: trimmed });
              onChange(trimmed);
            } else {
              setDraft({ text, base: value });
            }
          }}
          onBlur={() => {
            setDraft(null);
            onCommit?.();
          }}
        />
      </div>
    </FieldShell>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => FieldChangeResult;
  /** Shown (and offered) when `value` is undefined. */
  placeholder?: string;
  error?: string;
  hint?: string;
  wide?: boolean;
}

/** A native select: keyboard and screen readers work as everywhere. */
export function SelectField<T extends string>({ label, value, options, onChange, placeholder, error, hint, wide }: SelectFieldProps<T>) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const shownError = refusal ?? error;
  return (
    <FieldShell id={id} label={label} error={shownError} hint={hint} wide={wide}>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={shownError ? true : undefined}
        className={cn(inputClass, 'pr-1', shownError && invalidClass)}
        onChange={(event) => setRefusal(onChange(event.target.value as T) || null)}
      >
        {value === undefined ? <option value="">{placeholder ?? '—'}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => FieldChangeResult;
  wide?: boolean;
}

/** A labelled checkbox aligned with the other fields of the grid. */
export function CheckboxField({ label, checked, onChange, wide }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={cn('flex min-w-0 items-end pb-1', wide && 'col-span-2')}>
      <label htmlFor={id} className="flex cursor-pointer items-center gap-2 text-xs text-zinc-300 select-none">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          className="size-3.5 accent-indigo-500"
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
    </div>
  );
}

export interface TextFieldProps extends FieldBaseProps {
  value: string | undefined;
  /** Every keystroke; return a message to refuse the value (the field keeps the text and says why). */
  onChange: (value: string) => FieldChangeResult;
  isMono?: boolean;
  /** More than one line (a textarea of this many rows). */
  rows?: number;
  /** How the stored value will read for an accepted text (JSON is re-indented), so the typing draft stays. */
  normalize?: (text: string) => string;
}

/** A free text value (a URL, a name, SVG markup): written on every keystroke unless refused. */
export function TextField({ label, value, onChange, onCommit, placeholder, error, hint, wide, isMono, rows, normalize }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<(DraftState<string | undefined> & { refusal: string | null }) | null>(null);
  const isDrafting = draft !== null && draft.base === value;
  const shown = isDrafting ? draft.text : (value ?? '');
  const shownError = (isDrafting ? draft.refusal : null) ?? error;
  const props = {
    id,
    value: shown,
    placeholder,
    spellCheck: false,
    autoComplete: 'off',
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': shownError ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      const refusal = text === value ? null : onChange(text) || null;
      setDraft({ text, base: refusal ? value : (normalize?.(text) ?? text), refusal });
    },
    onBlur: () => {
      setDraft(null);
      onCommit?.();
    },
  };
  const className = cn(inputClass, isMono && 'font-mono', shownError && invalidClass);
  return (
    <FieldShell id={id} label={label} error={shownError} hint={hint} wide={wide}>
      {rows ? <textarea rows={rows} {...props} className={cn(className, 'h-auto resize-y py-1.5 leading-snug')} /> : <input type="text" {...props} className={className} />}
    </FieldShell>
  );
}

/** A JSON value typed as text: applied whenever the text parses (and is accepted), else the parse error is shown. */
export function JsonField({ label, value, onChange, onCommit, error, hint, rows = 4 }: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => FieldChangeResult;
  onCommit?: () => void;
  error?: string;
  hint?: string;
  rows?: number;
}) {
  const text = value === undefined ? '' : JSON.stringify(value, null, 2);
  return (
    <TextField label={label} value={text} rows={rows} isMono wide error={error} hint={hint} onCommit={onCommit}
      normalize={(typed) => (typed.trim() === '' ? '' : JSON.stringify(JSON.parse(typed), null, 2))}
      onChange={(next) => {
        if (next.trim() === '') return onChange(undefined);
        try {
          return onChange(JSON.parse(next));
        } catch {
          return 'Not valid JSON yet';
        }
      }} />
  );
}
