// Shared class lists of the account and settings pages (zinc surfaces, violet actions).
export const card = 'rounded-xl border border-zinc-800 bg-zinc-900 p-6';
export const input =
  'rounded-md border border-zinc-700 bg-zinc-950 px-3 py-2 text-sm text-zinc-100 placeholder:text-zinc-600 ' +
  'focus:border-violet-500 focus:outline-none focus:ring-1 focus:ring-violet-500/40 aria-[invalid=true]:border-red-500';
export const primaryButton =
  'inline-flex items-center justify-center gap-2 rounded-md bg-violet-600 px-4 py-2 text-sm font-medium text-white ' +
  'hover:bg-violet-500 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-400';
export const secondaryButton =
  'inline-flex items-center justify-center gap-2 rounded-md border border-zinc-700 px-3 py-1.5 text-sm text-zinc-200 ' +
  'hover:bg-zinc-800 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-400';
export const dangerButton =
  'inline-flex items-center justify-center gap-2 rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white ' +
  'hover:bg-red-500 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-400';
export const alertError = 'rounded-md border border-red-900 bg-red-950/60 px-3 py-2 text-sm text-red-300';
export const alertSuccess = 'rounded-md border border-emerald-900 bg-emerald-950/50 px-3 py-2 text-sm text-emerald-300';
