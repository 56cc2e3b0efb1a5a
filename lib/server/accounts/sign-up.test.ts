import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: typeof import('./');
let db: typeof import('../db/client').db;

beforeAll(async () => {
  useFreshDatabase();
  mod = await import('./');
  db = (await import('../db/client')).db;
});

afterEach(() => {
  for (const name of ['SIGNUP', 'SIGNUP_EMAIL_DOMAINS', 'RATE_LIMIT_SIGNUPS', 'FREE_CREDITS']) delete process.env[name];
});

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as { code: string; message: string; details?: Record<string, unknown> });
let n = 0;
const input = (address: string, email = `person${++n}@any.test`) => ({ email, password: 'password1', address });

describe('signUp', () => {
  it('is limited per client address, every attempt counted, and says how long to wait', async () => {
    process.env.RATE_LIMIT_SIGNUPS = '3';
    await mod.signUp(input('192.0.2.1'));
    expect(await errorOf(mod.signUp({ ...input('192.0.2.1'), password: 'short' }))).toMatchObject({ code: 'INVALID_REQUEST' });
    await mod.signUp(input('192.0.2.1'));
    const limited = await errorOf(mod.signUp(input('192.0.2.1')));
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many sign-ups from your network. Wait 60 minutes, then try again.' });
    expect(await mod.signUp(input('192.0.2.2'))).toMatchObject({ credits: 100 });
  });

  it('SIGNUP=closed refuses everyone', async () => {
    process.env.SIGNUP = 'closed';
    expect(await errorOf(mod.signUp(input('192.0.2.3')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('allowed domains sign up freely; others need an invite, which works once', async () => {
    process.env.SIGNUP = 'invite';
    process.env.SIGNUP_EMAIL_DOMAINS = 'team.example';
    expect(await mod.signUp(input('192.0.2.4', 'me@team.example'))).toMatchObject({ email: 'me@team.example' });
    expect(await errorOf(mod.signUp(input('192.0.2.4', 'guest@else.test')))).toMatchObject({ code: 'INVALID_REQUEST', details: { field: 'inviteCode' } });
    const { code } = await mod.createInvite({ note: 'for a guest' });
    const guest = await mod.signUp({ ...input('192.0.2.4', 'guest@else.test'), inviteCode: code });
    expect((await db.invite.findFirst({ where: { note: 'for a guest' } }))?.usedBy).toBe(guest.id);
    expect(await errorOf(mod.signUp({ ...input('192.0.2.4', 'second@else.test'), inviteCode: code }))).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'This invite code is not valid, has expired or was already used.',
    });
    // A sign-up that fails after claiming the invite hands it back.
    const { code: spare } = await mod.createInvite();
    expect(await errorOf(mod.signUp({ ...input('192.0.2.5', 'guest@else.test'), inviteCode: spare }))).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(await mod.signUp({ ...input('192.0.2.5', 'third@else.test'), inviteCode: spare })).toMatchObject({ email: 'third@else.test' });
  });

  it('FREE_CREDITS=0: no credits and no ledger row', async () => {
    process.env.FREE_CREDITS = '0';
    const user = await mod.signUp(input('192.0.2.6'));
    expect(user.credits).toBe(0);
    expect(await db.creditLedger.count({ where: { userId: user.id } })).toBe(0);
  });
});
