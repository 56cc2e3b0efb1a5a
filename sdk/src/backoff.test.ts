import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryableStatus, retryDelayMs, serverDelayMs } from './backoff.js';

const headers = (h: Record<string, string>) => new Headers(h);
const now = Date.parse('2026-03-28T14:22:00.000Z');

describe('backoffDelayMs', () => {
  it('doubles from the base, half fixed and half jitter, up to the cap', () => {
    expect(backoffDelayMs(0, {}, () => 0)).toBe(250);
    expect(backoffDelayMs(0, {}, () => 1)).toBe(500);
    expect(backoffDelayMs(1, {}, () => 0)).toBe(500);
    expect(backoffDelayMs(3, {}, () => 0.5)).toBe(3000); // cap 4000: 2000 + 0.5 × 2000
    expect(backoffDelayMs(10, {}, () => 1)).toBe(8000);
    expect(backoffDelayMs(10, { maxDelayMs: 1000 }, () => 0)).toBe(500);
    expect(backoffDelayMs(2, { baseDelayMs: 100 }, () => 1)).toBe(400);
  });
});

describe('serverDelayMs', () => {
  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(serverDelayMs(headers({ 'retry-after': '3' }), undefined, now)).toBe(3000);
    expect(serverDelayMs(headers({ 'retry-after': '0.5' }), undefined, now)).toBe(500);
    expect(serverDelayMs(headers({ 'retry-after': new Date(now + 7000).toUTCString() }), undefined, now)).toBe(7000);
    expect(serverDelayMs(headers({ 'retry-after': new Date(now - 7000).toUTCString() }), undefined, now)).toBe(0);
  });

  it("falls back to RendrSink's retry_after_ms, then Cutroom's details.retryAfterMs", () => {
    expect(serverDelayMs(headers({}), { error: { code: 'rate_limited', message: 'x', retry_after_ms: 2000 } }, now)).toBe(2000);
    expect(serverDelayMs(headers({}), { success: false, code: 'RATE_LIMITED', details: { retryAfterMs: 1234 } }, now)).toBe(1234);
    // The header wins over the body.
    expect(serverDelayMs(headers({ 'retry-after': '4' }), { error: { retry_after_ms: 10 } }, now)).toBe(4000);
  });

  it('uses X-RateLimit-Reset only when the budget is spent', () => {
    const reset = String(Math.ceil(now / 1000) + 5);
    expect(serverDelayMs(headers({ 'x-ratelimit-reset': reset, 'x-ratelimit-remaining': '0' }), undefined, now)).toBe(5000);
    expect(serverDelayMs(headers({ 'x-ratelimit-reset': reset, 'x-ratelimit-remaining': '3' }), undefined, now)).toBeNull();
    expect(serverDelayMs(headers({ 'x-ratelimit-reset': '2', 'x-ratelimit-remaining': '0' }), undefined, now)).toBe(2000);
  });

  it('is null without any hint or with garbage', () => {
    expect(serverDelayMs(headers({}), undefined, now)).toBeNull();
    expect(serverDelayMs(headers({ 'retry-after': 'soon' }), { error: 'x' }, now)).toBeNull();
    expect(serverDelayMs(headers({}), { details: { retryAfterMs: -5 } }, now)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it("waits what the server asked plus under 250 ms of jitter, else backs off", () => {
    expect(retryDelayMs({ retry: 0, headers: headers({ 'retry-after': '2' }), nowMs: now, random: () => 0 })).toBe(2000);
    expect(retryDelayMs({ retry: 0, headers: headers({ 'retry-after': '2' }), nowMs: now, random: () => 1 })).toBe(2250);
    expect(retryDelayMs({ retry: 2, headers: headers({}), nowMs: now, random: () => 0 })).toBe(1000);
    expect(retryDelayMs({ retry: 2, random: () => 1 })).toBe(2000);
  });

  it('gives up (null) when the server asks for more than maxServerDelayMs', () => {
    expect(retryDelayMs({ retry: 0, headers: headers({ 'retry-after': '61' }), nowMs: now })).toBeNull();
    expect(retryDelayMs({ retry: 0, headers: headers({ 'retry-after': '61' }), nowMs: now, options: { maxServerDelayMs: 120_000 }, random: () => 0 })).toBe(61_000);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [408, undefined, true],
    [429, 'RATE_LIMITED', true],
    [500, 'INTERNAL_ERROR', true],
    [502, undefined, true],
    [503, undefined, true],
    [501, undefined, false],
    [400, 'INVALID_REQUEST', false],
    [402, 'INSUFFICIENT_CREDITS', false],
    [404, 'NOT_FOUND', false],
    [409, 'CONFLICT', false],
    [409, 'IDEMPOTENCY_KEY_REUSED', false],
    [409, 'IDEMPOTENCY_KEY_IN_USE', true],
  ])('%i %s → %s', (status, code, expected) => {
    expect(isRetryableStatus(status, code)).toBe(expected);
  });
});
