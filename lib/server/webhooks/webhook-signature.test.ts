import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { signRendrSinkBody, signWebhook, verifyRendrSinkSignature, verifyWebhookSignature } from './webhook-signature';

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

describe('RendrSink asset event signatures (the raw body)', () => {
  const secret = 'whsec_test';
  const now = Date.parse('2026-12-02T04:00:00.000Z');
  const body = JSON.stringify({ event: 'asset.processed', timestamp: new Date(now).toISOString(), asset_id: 'ast_x' });
  const signature = `sha256=${signRendrSinkBody(secret, body)}`;

  it('is the HMAC-SHA256 of the body exactly, and verifies', () => {
    expect(signRendrSinkBody(secret, body)).toBe(createHmac('sha256', secret).update(body).digest('hex'));
    expect(verifyRendrSinkSignature({ secret, body, signature, now })).toBe(true);
  });

  it.each([
    ['a changed body', { body: body.replace('ast_x', 'ast_y') }],
    ['a re-serialized body', { body: JSON.stringify(JSON.parse(body), null, 1) }],
    ['another secret', { secret: 'whsec_other' }],
    ['no signature', { signature: undefined }],
    ['a replay older than the tolerance', { now: now + 301_000 }],
  ])('rejects %s', (_name, change) => {
    expect(verifyRendrSinkSignature({ secret, body, signature, now, ...change })).toBe(false);
  });

  it('rejects a body without a timestamp even when signed', () => {
    const bare = '{"event":"asset.processed"}';
    expect(verifyRendrSinkSignature({ secret, body: bare, signature: `sha256=${signRendrSinkBody(secret, bare)}`, now })).toBe(false);
  });
});
