import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it.each([
    // Only the address Cutroom's server established counts; forwarding headers a client sent do not.
    [{ 'x-cutroom-client-ip': '203.0.113.5', 'x-forwarded-for': '198.51.100.1' }, '203.0.113.5'],
    [{ 'x-forwarded-for': 'spoofed, 198.51.100.1' }, 'unknown'],
    [{ 'x-real-ip': ' 198.51.100.2 ' }, 'unknown'],
    [{}, 'unknown'],
  ])('%o → %s', (headers, ip) => {
    expect(clientAddress(new Headers(headers))).toBe(ip);
  });
});
