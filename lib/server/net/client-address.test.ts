import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.5' }, '203.0.113.5'],
    [{ 'x-forwarded-for': 'spoofed, 198.51.100.1' }, '198.51.100.1'],
    [{ 'x-real-ip': ' 198.51.100.2 ' }, '198.51.100.2'],
    [{}, 'unknown'],
  ])('%o → %s', (headers, ip) => {
    expect(clientAddress(new Headers(headers))).toBe(ip);
  });
});
