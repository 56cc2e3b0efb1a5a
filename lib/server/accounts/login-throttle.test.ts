import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: { throttle: typeof import('./login-throttle'); users: typeof import('./') };

beforeAll(async () => {
  useFreshDatabase();
  process.env.RATE_LIMIT_SIGNIN_BACKOFF_SECONDS = '1';
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('signInWithPassword', () => {
  it('after 5 failures, one attempt per growing delay (the right password included), saying how long to wait', async () => {
    await mod.users.createUser({ email: 'limit@x.test', password: 'password1' });
    for (let i = 0; i < 5; i++) {
      expect(await mod.throttle.signInWithPassword({ email: 'LIMIT@x.test', password: 'wrong-pass1', ip: `10.0.0.${i}` })).toBeNull();
    }
    const right = { email: 'limit@x.test', password: 'password1', ip: '10.0.0.99' };
    expect(await mod.throttle.signInWithPassword(right).catch((e: unknown) => e)).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-in attempts for this account. Wait 1 second, then try again.',
      details: { scope: 'account', retryAfterSeconds: 1 },
    });
    expect((await mod.throttle.loginBlock(right))?.scope).toBe('account');
    // Other accounts are unaffected.
    await mod.users.createUser({ email: 'other@x.test', password: 'password1' });
    expect((await mod.throttle.signInWithPassword({ email: 'other@x.test', password: 'password1', ip: '10.0.0.99' }))?.email).toBe('other@x.test');
    // After the delay one more attempt is evaluated; failing doubles the delay.
    await sleep(1050);
    expect(await mod.throttle.signInWithPassword({ ...right, password: 'wrong-pass2' })).toBeNull();
    expect(await mod.throttle.signInWithPassword(right).catch((e: unknown) => e)).toMatchObject({ details: { retryAfterSeconds: 2 } });
    await sleep(2050);
    expect((await mod.throttle.signInWithPassword(right))?.email).toBe('limit@x.test');
    expect(await mod.throttle.loginBlock(right)).toBeNull();
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
    expect((await mod.throttle.loginBlock({ email: 'victim@x.test', ip: '192.0.2.7' }))?.scope).toBe('ip');
    expect(mod.throttle.loginBlockMessage({ scope: 'ip', retryAfterMs: 61_000 })).toBe(
      'Too many failed sign-in attempts from your network. Wait 2 minutes, then try again.',
    );
    // Another address signs in fine.
    expect(await mod.throttle.signInWithPassword({ email: 'victim@x.test', password: 'password1', ip: '192.0.2.8' })).not.toBeNull();
  });
});
