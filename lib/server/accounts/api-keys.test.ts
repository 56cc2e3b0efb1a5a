import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: {
  keys: typeof import('./');
  users: typeof import('./');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  useFreshDatabase();
  mod = { keys: await import('./'), users: await import('./'), db: (await import('../db/client')).db };
});

const newUser = () =>
  mod.users.createUser({ email: `k${Math.random().toString(36).slice(2)}@x.test`, password: 'password1' });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return (err as { code: string }).code;
  }
  return 'resolved';
}

describe('API keys', () => {
  it('hashes with sha256: deterministic, hex, never the key itself', async () => {
    const { hashApiKey } = await import('./');
    const key = 'sk-abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    // The known digest, so a change of algorithm cannot slip by (it would orphan every stored key).
    expect(hashApiKey('sk-test')).toBe('f3abf2a6cc4f00987743db5f544ba345b4899ae31f326d8ee9c4816de153c9e0');
    expect(hashApiKey(key)).not.toBe(hashApiKey(`${key}x`));
  });

  it('creates `sk-` + 40 base62, stores only the hash and a short prefix, and authenticates it', async () => {
    const user = await newUser();
    const { key, apiKey } = await mod.keys.createApiKey({ userId: user.id, name: '  ci  ' });
    expect(key).toMatch(/^sk-[A-Za-z0-9]{40}$/);
    expect(apiKey.name).toBe('ci');
    const row = await mod.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.hash).toBe(mod.keys.hashApiKey(key));
    expect(row.prefix).toBe(key.slice(0, 10));
    expect(JSON.stringify(row)).not.toContain(key.slice(10));
    expect(await mod.keys.authenticateApiKey(key)).toEqual({ userId: user.id, apiKeyId: apiKey.id });
  });

  it('makes a different key every time', async () => {
    const user = await newUser();
    const a = await mod.keys.createApiKey({ userId: user.id });
    const b = await mod.keys.createApiKey({ userId: user.id });
    expect(a.key).not.toBe(b.key);
  });

  it.each([
    ['malformed', 'not-a-key', 'INVALID_API_KEY_FORMAT'],
    ['too short', 'sk-abc', 'INVALID_API_KEY_FORMAT'],
    ['bad characters', `sk-${'a'.repeat(39)}!`, 'INVALID_API_KEY_FORMAT'],
    ['unknown', `sk-${'a'.repeat(40)}`, 'INVALID_API_KEY'],
  ])('refuses a %s key with %s', async (_what, key, code) => {
    expect(await codeOf(mod.keys.authenticateApiKey(key))).toBe(code);
  });

  it('refuses a revoked key with API_KEY_INACTIVE, and a deleted owner’s key with USER_NOT_FOUND', async () => {
    const user = await newUser();
    const revoked = await mod.keys.createApiKey({ userId: user.id });
    const live = await mod.keys.createApiKey({ userId: user.id });
    await mod.keys.revokeApiKey({ userId: user.id, apiKeyId: revoked.apiKey.id });
    expect(await codeOf(mod.keys.authenticateApiKey(revoked.key))).toBe('API_KEY_INACTIVE');
    expect(await codeOf(mod.keys.authenticateApiKey(live.key))).toBe('resolved');
    await mod.db.user.delete({ where: { id: user.id } });
    expect(await codeOf(mod.keys.authenticateApiKey(live.key))).toBe('USER_NOT_FOUND');
  });

  it('records last use', async () => {
    const user = await newUser();
    const { key, apiKey } = await mod.keys.createApiKey({ userId: user.id });
    expect((await mod.keys.listApiKeys(user.id))[0]?.lastUsedAt).toBeNull();
    await mod.keys.authenticateApiKey(key);
    await expect.poll(async () => (await mod.keys.listApiKeys(user.id)).find((k) => k.id === apiKey.id)?.lastUsedAt).not.toBeNull();
  });

  it("revokes only the caller's own keys: another user's key is NOT_FOUND", async () => {
    const owner = await newUser();
    const other = await newUser();
    const { key, apiKey } = await mod.keys.createApiKey({ userId: owner.id });
    expect(await codeOf(mod.keys.revokeApiKey({ userId: other.id, apiKeyId: apiKey.id }))).toBe('NOT_FOUND');
    expect(await codeOf(mod.keys.authenticateApiKey(key))).toBe('resolved');
    await mod.keys.revokeApiKey({ userId: owner.id, apiKeyId: apiKey.id });
    expect(await codeOf(mod.keys.revokeApiKey({ userId: owner.id, apiKeyId: apiKey.id }))).toBe('NOT_FOUND');
  });

  it('lists newest first without the hash', async () => {
    const user = await newUser();
    await mod.keys.createApiKey({ userId: user.id, name: 'first' });
    await new Promise((r) => setTimeout(r, 5));
    await mod.keys.createApiKey({ userId: user.id, name: 'second' });
    const list = await mod.keys.listApiKeys(user.id);
    expect(list.map((k) => k.name)).toEqual(['second', 'first']);
    expect(list[0]).not.toHaveProperty('hash');
  });

  it.each([
    [{ name: '' }, 'Give the key a name.'],
    [{ name: '   ' }, 'Give the key a name.'],
    [{ name: 'x'.repeat(101) }, 'Keep the name under 100 characters.'],
  ])('validates the create body %#', (body, message) => {
    const parsed = mod.keys.createApiKeyBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});
