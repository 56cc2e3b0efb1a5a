import ipaddr from 'ipaddr.js';

/** Which peers may tell us the client's address (TRUST_PROXY); everything else is judged by its socket. */
export type ProxyTrust = (address: string) => boolean;

const normalize = (address: string): ipaddr.IPv4 | ipaddr.IPv6 | null => {
  const bare = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
};

/**
 * Parses TRUST_PROXY: unset or empty = trust no one; `loopback` (127.0.0.0/8, ::1); otherwise a
 * comma-separated list of addresses and CIDRs (`10.0.0.0/8, 192.0.2.7, fd00::/8`). Throws on an entry
 * that is neither, so a typo does not silently trust nothing (or everything).
 */
export function parseTrustProxy(spec: string | undefined): ProxyTrust {
  const entries = (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  let isLoopbackTrusted = false;
  for (const entry of entries) {
    if (entry.toLowerCase() === 'loopback') {
      isLoopbackTrusted = true;
      continue;
    }
    const [addr, bits] = entry.split('/') as [string, string | undefined];
    const ip = normalize(addr);
    if (!ip) throw new Error(`TRUST_PROXY: "${entry}" is not an address, a CIDR or "loopback"`);
    const max = ip.kind() === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new Error(`TRUST_PROXY: "${entry}" has a bad prefix length`);
    ranges.push([ip, prefix]);
  }
  return (address) => {
    const ip = normalize(address);
    if (!ip) return false;
    if (isLoopbackTrusted && ip.range() === 'loopback') return true;
    return ranges.some(([net, prefix]) => net.kind() === ip.kind() && ip.match(net, prefix));
  };
}

/** `::ffff:127.0.0.1` → `127.0.0.1`; anything unparsable as it came. */
export function canonicalAddress(address: string): string {
  return normalize(address)?.toString() ?? address.trim();
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For chain is walked from the right (each hop appends the address it saw) past every
 * trusted proxy; the first untrusted hop is the client. Entries a client wrote itself sit to the left
 * of that and are never reached. A malformed hop ends the walk at the last good one.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, isTrusted: ProxyTrust): string {
  let client = canonicalAddress(peer);
  if (!isTrusted(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalize(hops[i]!);
    if (!hop) break;
    client = hop.toString();
    if (!isTrusted(client)) break;
  }
  return client;
}
