import os from 'node:os';
import ipaddr from 'ipaddr.js';

/**
 * Whether an outbound request may connect to this address: only global unicast (ipaddr.js's range
 * table: loopback, private, link-local, CGNAT, multicast, reserved, documentation… are not), judged
 * on the IPv4 address itself when it comes IPv4-mapped (`::ffff:127.0.0.1` = `::ffff:7f00:1`).
 * Other IPv6 forms that carry an IPv4 address (NAT64 `64:ff9b::/96`, 6to4 `2002::/16`, SIIT
 * `::ffff:0:0:0/96`, Teredo) are not unicast in that table either, so they are refused outright:
 * the address they lead to cannot be known from here. The host's own interface addresses are
 * refused too, even when public.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return false;
  let ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.range() !== 'unicast') return false;
  return !ownAddresses().has(ip.toNormalizedString());
}

/** This host's interface addresses, normalized (IPv4-mapped ones as IPv4). */
function ownAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(os.networkInterfaces())) {
    for (const info of list ?? []) {
      if (!ipaddr.isValid(info.address)) continue;
      const ip = ipaddr.process(info.address);
      out.add(ip.toNormalizedString());
    }
  }
  return out;
}
