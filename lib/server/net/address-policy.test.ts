import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './address-policy';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00::1', 'fe80::1', '[::1]',
    // IPv4-mapped, in both spellings the URL parser produces
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1',
    // forms that carry an IPv4 address elsewhere: NAT64, 6to4, SIIT (::ffff:0:0:0/96), Teredo
    '64:ff9b::7f00:1', '64:ff9b::808:808', '2002:7f00:1::', '::ffff:0:7f00:1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    'not-an-address', '',
  ])('%s is refused', (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '::ffff:808:808'])('%s is allowed', (ip) =>
    expect(isPublicAddress(ip)).toBe(true),
  );

  it("refuses every one of the host's own interface addresses", () => {
    const own = Object.values(os.networkInterfaces()).flatMap((l) => (l ?? []).map((i) => i.address));
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) expect(isPublicAddress(address), address).toBe(false);
  });
});
