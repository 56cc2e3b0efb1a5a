import { describe, expect, it } from 'vitest';
import { parseTrustProxy, resolveClientAddress } from './trusted-proxies';

describe('parseTrustProxy', () => {
  it('trusts no one when unset', () => {
    const trust = parseTrustProxy(undefined);
    expect(['127.0.0.1', '::1', '10.0.0.1'].map(trust)).toEqual([false, false, false]);
  });

  it('trusts loopback (v4, v6, v4-mapped) for `loopback`', () => {
    const trust = parseTrustProxy('loopback');
    expect(['127.0.0.1', '127.9.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.1'].map(trust)).toEqual([true, true, true, true, false]);
  });

  it('trusts listed addresses and CIDRs only', () => {
    const trust = parseTrustProxy(' 10.0.0.0/8, 192.0.2.7 ,fd00::/8');
    expect(['10.2.3.4', '::ffff:10.2.3.4', '192.0.2.7', '192.0.2.8', 'fd12::1', 'fe80::1', '127.0.0.1', 'junk'].map(trust)).toEqual([
      true, true, true, false, true, false, false, false,
    ]);
  });

  it.each(['localhost', '10.0.0.0/33', '300.1.1.1'])('refuses %s', (spec) => {
    expect(() => parseTrustProxy(spec)).toThrow(/TRUST_PROXY/);
  });
});

describe('resolveClientAddress', () => {
  const trust = parseTrustProxy('10.0.0.0/8');
  it.each([
    // An untrusted peer is the client, whatever it claims.
    ['203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['::ffff:203.0.113.9', undefined, '203.0.113.9'],
    // A trusted proxy: its last hop (what it saw), past any chain of trusted proxies.
    ['10.0.0.2', '198.51.100.1', '198.51.100.1'],
    ['10.0.0.2', 'spoofed-by-client, 198.51.100.1, 10.0.0.5', '198.51.100.1'],
    // A trusted proxy with nothing to say, or something unreadable last: the last good hop.
    ['10.0.0.2', undefined, '10.0.0.2'],
    ['10.0.0.2', '198.51.100.1, garbage', '10.0.0.2'],
  ])('peer %s, X-Forwarded-For %s → %s', (peer, xff, expected) => {
    expect(resolveClientAddress(peer, xff, trust)).toBe(expected);
  });
});
