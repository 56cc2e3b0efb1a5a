// Test-only helper (no Node APIs, no import.meta, so Playwright specs can import it too).
/** A fixture's `media/<file>` srcs pointed at `base` (a loopback server of the fixture media). */
export function withMediaAt(value: unknown, base: string): unknown {
  if (typeof value === 'string') return value.startsWith('media/') ? `${base}/${value.slice('media/'.length)}` : value;
  if (Array.isArray(value)) return value.map((v) => withMediaAt(v, base));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMediaAt(v, base)]));
  return value;
}
