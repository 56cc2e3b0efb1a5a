/**
 * The client's address from X-Forwarded-For: its last entry, the one added by the nearest proxy (or by
 * Next.js from the socket when there is no proxy). Earlier entries are whatever the client sent.
 * "unknown" when no header says.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return last ?? (headers.get('x-real-ip')?.trim() || 'unknown');
}
