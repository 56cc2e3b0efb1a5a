import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse, sign, verify, WebhookVerificationError } from './webhooks.js';

const secret = 'whsec_test_0123456789';
const now = Date.parse('2026-03-28T14:22:05.103Z');
const hmac = (data: string, key = secret) => `sha256=${createHmac('sha256', key).update(data).digest('hex')}`;

describe('RendrSink asset events (X-FV-Signature over the raw body, timestamp in the body)', () => {
  const body = JSON.stringify({ event: 'asset.processed', timestamp: '2026-03-28T14:22:05.103Z', asset_id: 'ast_7xKm2pQrV9nL4wYz', derivatives: [] });
  const signature = hmac(body);

  it('accepts the right signature, as a string, a Buffer, or one of several headers', () => {
    expect(sign(body, secret)).toBe(signature);
    expect(verify(body, signature, secret, { now })).toBe(true);
    expect(verify(Buffer.from(body), signature, secret, { now })).toBe(true);
    expect(verify(new TextEncoder().encode(body), signature.toUpperCase().replace('SHA256=', 'sha256='), secret, { now })).toBe(true);
    expect(verify(body, ['sha256=' + '0'.repeat(64), signature], secret, { now })).toBe(true);
  });

  it('refuses a wrong secret, a tampered body, a malformed or missing signature', () => {
    expect(verify(body, hmac(body, 'another-secret'), secret, { now })).toBe(false);
    expect(verify(body.replace('asset.processed', 'asset.failed'), signature, secret, { now })).toBe(false);
    expect(verify(body + ' ', signature, secret, { now })).toBe(false);
    expect(verify(body, signature.slice(0, -2), secret, { now })).toBe(false);
    expect(verify(body, signature.replace('sha256=', 'sha1='), secret, { now })).toBe(false);
    expect(verify(body, signature.replace('sha256=', ''), secret, { now })).toBe(false);
    expect(verify(body, undefined, secret, { now })).toBe(false);
    expect(verify(body, '', secret, { now })).toBe(false);
    expect(verify(body, signature, '', { now })).toBe(false);
  });

  it('refuses a replay: a timestamp older (or further ahead) than the tolerance, or none', () => {
    expect(verify(body, signature, secret, { now: now + 299_000 })).toBe(true);
    expect(verify(body, signature, secret, { now: now + 301_000 })).toBe(false);
    expect(verify(body, signature, secret, { now: now - 301_000 })).toBe(false);
    expect(verify(body, signature, secret, { now: now + 3_600_000, toleranceSeconds: 7200 })).toBe(true);
    expect(verify(body, signature, secret, { now: now + 3_600_000, toleranceSeconds: Infinity })).toBe(true);
    const untimed = JSON.stringify({ event: 'asset.processed', asset_id: 'ast_1' });
    expect(verify(untimed, hmac(untimed), secret, { now })).toBe(false);
    expect(verify('not json', hmac('not json'), secret, { now })).toBe(false);
  });

  it('parse returns the event, or throws WebhookVerificationError', () => {
    expect(parse(body, signature, secret, { now })).toMatchObject({ event: 'asset.processed', asset_id: 'ast_7xKm2pQrV9nL4wYz' });
    expect(() => parse(body, hmac(body, 'nope'), secret, { now })).toThrow(WebhookVerificationError);
  });
});

describe('Cutroom render webhooks (X-Cutroom-Signature over timestamp + "." + body)', () => {
  const body = JSON.stringify({ taskId: 'abc', renderTaskId: 'rt_1', status: 'completed', videoUrl: 'https://x/v.mp4', error: null, timestamp: '2026-03-28T14:22:05.103Z' });
  const timestamp = String(Math.floor(now / 1000));
  const signature = hmac(`${timestamp}.${body}`);

  it('accepts the right signature with its timestamp', () => {
    expect(sign(body, secret, { timestamp })).toBe(signature);
    expect(verify(body, signature, secret, { timestamp, now })).toBe(true);
    expect(verify(body, signature, secret, { timestamp: Number(timestamp), now })).toBe(true);
  });

  it('refuses a wrong secret, a tampered body, another timestamp, or none', () => {
    expect(verify(body, hmac(`${timestamp}.${body}`, 'wrong'), secret, { timestamp, now })).toBe(false);
    expect(verify(body.replace('completed', 'failed'), signature, secret, { timestamp, now })).toBe(false);
    expect(verify(body, signature, secret, { timestamp: String(Number(timestamp) + 1), now })).toBe(false);
    expect(verify(body, signature, secret, { timestamp: null, now })).toBe(false);
    expect(verify(body, signature, secret, { timestamp: '12abc', now })).toBe(false);
    // The RendrSink scheme (body only) does not verify a Cutroom signature.
    expect(verify(body, signature, secret, { now })).toBe(false);
    expect(verify(body, signature, secret, { scheme: 'cutroom', now })).toBe(false);
  });

  it('refuses an old timestamp even with a valid signature', () => {
    const old = String(Math.floor(now / 1000) - 301);
    expect(verify(body, hmac(`${old}.${body}`), secret, { timestamp: old, now })).toBe(false);
    expect(verify(body, hmac(`${old}.${body}`), secret, { timestamp: old, now, toleranceSeconds: 600 })).toBe(true);
  });
});
