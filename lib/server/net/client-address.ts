/**
 * The header the app's own HTTP server (scripts/server.ts) sets to the client's address, after
 * removing whatever a client sent under that name; X-Forwarded-For is honoured there only from
 * TRUST_PROXY peers (lib/server/net/trusted-proxies.ts).
 */
export const CLIENT_ADDRESS_HEADER = 'x-cutroom-client-ip';

/**
 * The client's address, for per-address limits. `unknown` when the request did not come through
 * Cutroom's server (`next dev`, tests calling handlers directly): all such requests share one bucket.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown';
}
