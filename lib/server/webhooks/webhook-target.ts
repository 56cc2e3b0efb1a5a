import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { ApiError } from '../errors';
import { getSettings } from '../../config';

/** True for loopback, private, link-local, CGNAT, multicast and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    );
  }
  const v6 = address.toLowerCase();
  if (v6 === '::' || v6 === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped?.[1]) return isPrivateAddress(mapped[1]);
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v6);
}

/**
 * Refuses webhook targets that resolve to private, loopback or link-local addresses (SSRF), unless
 * ALLOW_PRIVATE_WEBHOOKS=1. Checked when the render is requested and again before every delivery.
 */
export async function assertPublicWebhookTarget(url: string): Promise<void> {
  if (getSettings().allowPrivateWebhooks) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new ApiError('INVALID_REQUEST', `webhook_url host "${host}" does not resolve`, { field: 'webhook_url' });
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new ApiError('INVALID_REQUEST', `webhook_url resolves to a private address (${bad}); refused`, { field: 'webhook_url' });
  }
}
