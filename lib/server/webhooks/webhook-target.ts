import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { ApiError } from '../errors';
import { isPublicAddress } from '../net/address-policy';
import { getSettings } from '../../config';

/**
 * Early feedback when a render is requested: refuses a webhook_url whose host is, or resolves to, a
 * private, loopback, link-local or own address (SSRF), unless ALLOW_PRIVATE_WEBHOOKS=1. The guard
 * that counts is at delivery: outboundFetch judges the address each attempt actually connects to.
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
  const bad = addresses.find((a) => !isPublicAddress(a));
  if (bad) {
    throw new ApiError('INVALID_REQUEST', 'webhook_url resolves to a private or local address; refused', { field: 'webhook_url' });
  }
}
