import type { ReactNode } from 'react';

// Keys, strings, numbers and literals of pretty-printed JSON, in one pass.
const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

/** Pretty-printed, lightly coloured JSON (no client JavaScript, nothing fetched). */
export function JsonBlock({ value, label }: { value: unknown; label?: string }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) parts.push(text.slice(last, at));
    const [whole, str, colon, num, lit] = m;
    if (str !== undefined && colon !== undefined) {
      parts.push(<span key={at} className="text-sky-300">{str}</span>, colon);
    } else if (str !== undefined) {
      parts.push(<span key={at} className="text-emerald-300">{str}</span>);
    } else if (num !== undefined) {
      parts.push(<span key={at} className="text-amber-300">{num}</span>);
    } else if (lit !== undefined) {
      parts.push(<span key={at} className="text-violet-300">{lit}</span>);
    } else {
      parts.push(whole);
    }
    last = at + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950">
      {label ? <div className="border-b border-zinc-800 px-3 py-1.5 text-xs font-medium text-zinc-400">{label}</div> : null}
      <pre className="max-h-[28rem] overflow-auto p-3 font-mono text-xs leading-5 text-zinc-300">{parts}</pre>
    </div>
  );
}

/** A shell snippet in the same frame. */
export function CodeBlock({ code, label }: { code: string; label?: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950">
      {label ? <div className="border-b border-zinc-800 px-3 py-1.5 text-xs font-medium text-zinc-400">{label}</div> : null}
      <pre className="overflow-auto p-3 font-mono text-xs leading-5 text-zinc-300">{code}</pre>
    </div>
  );
}
