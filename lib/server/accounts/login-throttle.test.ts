import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: { throttle: typeof import('./login-throttle'); users: typeof import('./') };

beforeAll(async () => {
  useFreshDatabase();
  mod = { throttle: await import('./login-throttle'), users: await import('./') };
});

beforeEach(() => mod.throttle.resetLoginThrottle());

async function codeOf(promise: Promise<unknown>) {
  try {
    return await promise;
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('signInWithPassword', () => {
  it('blocks an account after 5 failures, even with the right password, and says when to retry', async () => {
    await mod.users.createUser({ email: 'limit@x.test', password: 'password1' });
    for (let i = 0; i < 5; i++) {
      expect(await mod.throttle.signInWithPassword({ email: 'LIMIT@x.test', password: 'wrong-pass1', ip: `10.0.0.${i}` })).toBeNull();
    }
    const err = await mod.throttle.signInWithPassword({ email: 'limit@x.test', password: 'password1', ip: '10.0.0.99' }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-in attempts for this account. Try again in 15 minutes.',
      details: { scope: 'account' },
    });
    // The window is 15 minutes from the first failure; a slow machine may already be a second or two into it.
    const retry = (err as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
    expect(retry).toBeGreaterThan(880);
    expect(retry).toBeLessThanOrEqual(900);
    // Other accounts are unaffected.
    await mod.users.createUser({ email: 'other@x.test', password: 'password1' });
    expect((await mod.throttle.signInWithPassword({ email: 'other@x.test', password: 'password1', ip: '10.0.0.99' }))?.email).toBe('other@x.test');
  });

  it('a success clears the account’s failures', async () => {
    await mod.users.createUser({ email: 'clears@x.test', password: 'password1' });
    for (let i = 0; i < 4; i++) await mod.throttle.signInWithPassword({ email: 'clears@x.test', password: 'bad-pass1' });
    expect(await mod.throttle.signInWithPassword({ email: 'clears@x.test', password: 'password1' })).not.toBeNull();
    for (let i = 0; i < 4; i++) await mod.throttle.signInWithPassword({ email: 'clears@x.test', password: 'bad-pass1' });
    expect(await mod.throttle.signInWithPassword({ email: 'clears@x.test', password: 'password1' })).not.toBeNull();
  });

  it('evaluates at most 5 of 30 wrong passwords and the right one sent at once', async () => {
    await mod.users.createUser({ email: 'burst@x.test', password: 'password1' });
    const outcomes = await Promise.all(
      [...Array.from({ length: 30 }, (_, i) => `wrong-pass${i}`), 'password1'].map((password) =>
        codeOf(mod.throttle.signInWithPassword({ email: 'burst@x.test', password, ip: '198.51.100.9' }).then((u) => (u ? 'ok' : 'wrong'))),
      ),
    );
    expect(outcomes.filter((o) => o !== 'RATE_LIMITED')).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong']);
    expect(outcomes.at(-1)).toBe('RATE_LIMITED');
  });

  it('blocks an address after 20 failures across accounts, unknown ones included', async () => {
    for (let i = 0; i < 20; i++) {
      expect(await mod.throttle.signInWithPassword({ email: `nobody${i}@x.test`, password: 'wrong-pass1', ip: '192.0.2.7' })).toBeNull();
    }
    await mod.users.createUser({ email: 'victim@x.test', password: 'password1' });
    expect(await codeOf(mod.throttle.signInWithPassword({ email: 'victim@x.test', password: 'password1', ip: '192.0.2.7' }))).toBe('RATE_LIMITED');
    expect(mod.throttle.loginBlock({ email: 'victim@x.test', ip: '192.0.2.7' })?.scope).toBe('ip');
    expect(mod.throttle.loginBlockMessage({ scope: 'ip', retryAfterMs: 61_000 })).toBe(
      'Too many failed sign-in attempts from your network. Try again in 2 minutes.',
    );
    // Another address signs in fine.
    expect(await mod.throttle.signInWithPassword({ email: 'victim@x.test', password: 'password1', ip: '192.0.2.8' })).not.toBeNull();
  });
});

describe('clientIp', () => {
  it.each([
    // Only the address Cutroom's server established counts; forwarding headers a client sent do not.
    [{ 'x-cutroom-client-ip': '203.0.113.5', 'x-forwarded-for': '198.51.100.1' }, '203.0.113.5'],
    [{ 'x-forwarded-for': 'spoofed, 198.51.100.1' }, 'unknown'],
    [{ 'x-real-ip': ' 198.51.100.2 ' }, 'unknown'],
  ])('%o → %s', (headers, ip) => {
    expect(mod.throttle.clientIp(new Headers(headers))).toBe(ip);
  });
});
