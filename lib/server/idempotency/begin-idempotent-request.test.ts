import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let idem: typeof import('./');
let db: typeof import('../db/client').db;

beforeAll(async () => {
  useFreshDatabase();
  idem = await import('./');
  db = (await import('../db/client')).db;
});

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e as { code: string }).code);

describe('beginIdempotentRequest', () => {
  it('one claim per account and key; in flight → IN_USE; done → replay; another request → REUSED; a failure frees the key', async () => {
    const input = { userId: 'usr_a', key: 'k1', fingerprint: 'f1' };
    const claims = await Promise.all(Array.from({ length: 10 }, () => idem.beginIdempotentRequest(input).then((s) => s.kind, (e: { code: string }) => e.code)));
    expect(claims.filter((c) => c === 'new')).toHaveLength(1);
    expect(claims.filter((c) => c === 'IDEMPOTENCY_KEY_IN_USE')).toHaveLength(9);
    const row = await db.idempotencyKey.findFirstOrThrow({ where: { key: 'k1' } });
    await idem.completeIdempotentRequest(row.id, { statusCode: 200, body: '{"ok":1}', contentType: 'application/json' });
    expect(await idem.beginIdempotentRequest(input)).toEqual({ kind: 'replay', statusCode: 200, body: '{"ok":1}', contentType: 'application/json' });
    expect(await codeOf(idem.beginIdempotentRequest({ ...input, fingerprint: 'f2' }))).toBe('IDEMPOTENCY_KEY_REUSED');
    // Per account.
    expect((await idem.beginIdempotentRequest({ ...input, userId: 'usr_b' })).kind).toBe('new');
    // A released key (the request failed) can be used again, even for another request.
    const failed = await idem.beginIdempotentRequest({ userId: 'usr_a', key: 'k2', fingerprint: 'f1' });
    expect(failed.kind).toBe('new');
    if (failed.kind === 'new') await idem.releaseIdempotentRequest(failed.id);
    expect((await idem.beginIdempotentRequest({ userId: 'usr_a', key: 'k2', fingerprint: 'other' })).kind).toBe('new');
  });

  it('takes over keys past their lifetime and requests abandoned in flight', async () => {
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await db.idempotencyKey.create({ data: { id: 'expired', userId: 'usr_c', key: 'k', fingerprint: 'f', status: 'done', statusCode: 200, body: '{}', createdAt: old } });
    expect((await idem.beginIdempotentRequest({ userId: 'usr_c', key: 'k', fingerprint: 'g' })).kind).toBe('new');
    await db.idempotencyKey.create({ data: { id: 'stuck', userId: 'usr_c', key: 'stuck', fingerprint: 'f', createdAt: new Date(Date.now() - 20 * 60 * 1000) } });
    expect((await idem.beginIdempotentRequest({ userId: 'usr_c', key: 'stuck', fingerprint: 'f' })).kind).toBe('new');
  });
});
