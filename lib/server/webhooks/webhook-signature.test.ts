import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"taskId":"t","status":"completed"}';
  const now = 1_800_000_000_000;
  const timestamp = String(now / 1000);
  const signature = `sha256=${signWebhook(secret, timestamp, body)}`;

  it('accepts the signature Cutroom sends', () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now })).toBe(true);
  });

  it.each([
    ['a changed body', { body: body.replace('completed', 'failed') }],
    ['another secret', { secret: 'whsec_other' }],
    ['a changed timestamp', { timestamp: String(now / 1000 + 1) }],
    ['a missing signature', { signature: null }],
    ['a replay older than the tolerance', { now: now + 301_000 }],
    ['a malformed timestamp', { timestamp: 'yesterday' }],
  ])('rejects %s', (_name, change) => {
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now, ...change })).toBe(false);
  });
});
