import { Readable } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

let mod: {
  account: typeof import('./');
  users: typeof import('./');
  keys: typeof import('./');
  tasks: typeof import('../tasks');
  throttle: typeof import('./login-throttle');
  storage: typeof import('../get-storage');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  useFreshDatabase();
  mod = {
    account: await import('./'),
    users: await import('./'),
    keys: await import('./'),
    tasks: await import('../tasks'),
    throttle: await import('./login-throttle'),
    storage: await import('../get-storage'),
    db: (await import('../db/client')).db,
  };
});

beforeEach(() => mod.throttle.resetLoginThrottle());

const config = { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [{ type: 'text' as const, text: 'hi', start: 0, duration: 1 }] }] };

async function newUser(password = 'password1') {
  return mod.users.createUser({ email: `a${Math.random().toString(36).slice(2)}@x.test`, password });
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string; details?: Record<string, unknown> };
  }
  throw new Error('expected a rejection');
}

/** A user with a task, a stored render, an uploaded file, a preview, ledger rows and a key. */
async function populated() {
  const user = await newUser();
  const task = await mod.tasks.createTask({ userId: user.id, config: mod.tasks.parseConfigOrThrow(config) });
  const storage = mod.storage.getStorage();
  const renderKey = `renders/${task.id}/rt_x.mp4`;
  const uploadKey = `uploads/${user.id}/asset_x.png`;
  await storage.put(renderKey, Readable.from(Buffer.from('mp4')));
  await storage.put(uploadKey, Readable.from(Buffer.from('png')));
  await mod.db.file.create({ data: { id: `asset_${task.id}`, userId: user.id, name: 'x.png', key: uploadKey, type: 'image', mimeType: 'image/png', size: 3 } });
  await mod.db.preview.create({ data: { id: `temp_${task.id}`, userId: user.id, config: '{}', expiresAt: new Date(Date.now() + 1e6) } });
  const { key } = await mod.keys.createApiKey({ userId: user.id });
  return { user, task, key, renderKey, uploadKey };
}

describe('changePassword', () => {
  it('needs the current password, applies the rules, then only the new password signs in', async () => {
    const user = await newUser('password1');
    const wrong = await errorOf(mod.account.changePassword({ userId: user.id, currentPassword: 'nope12345', newPassword: 'newpass22' }));
    expect(wrong).toMatchObject({ code: 'INVALID_REQUEST', message: 'Your current password is not correct.', details: { field: 'currentPassword' } });
    const weak = await errorOf(mod.account.changePassword({ userId: user.id, currentPassword: 'password1', newPassword: 'short' }));
    expect(weak).toMatchObject({ code: 'INVALID_REQUEST', details: { field: 'newPassword' } });
    const same = await errorOf(mod.account.changePassword({ userId: user.id, currentPassword: 'password1', newPassword: 'password1' }));
    expect(same.message).toContain('different');

    await mod.account.changePassword({ userId: user.id, currentPassword: 'password1', newPassword: 'newpass22' });
    expect(await mod.users.verifyCredentials(user.email, 'password1')).toBeNull();
    expect((await mod.users.verifyCredentials(user.email, 'newpass22'))?.id).toBe(user.id);
  });

  it('changes the session version, which ends sessions minted before', async () => {
    const user = await newUser('password1');
    const before = await mod.account.sessionVersionOf(user.id);
    expect(before).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await mod.account.sessionVersionOf(user.id)).toBe(before);
    await mod.account.changePassword({ userId: user.id, currentPassword: 'password1', newPassword: 'newpass22' });
    const after = await mod.account.sessionVersionOf(user.id);
    expect(after).not.toBe(before);
    await mod.db.user.delete({ where: { id: user.id } });
    expect(await mod.account.sessionVersionOf(user.id)).toBeNull();
  });

  it('counts wrong current passwords as failed sign-ins of the account', async () => {
    const user = await newUser('password1');
    for (let i = 0; i < 5; i++) {
      await errorOf(mod.account.changePassword({ userId: user.id, currentPassword: `wrong${i}xx`, newPassword: 'newpass22' }));
    }
    const limited = await errorOf(mod.account.changePassword({ userId: user.id, currentPassword: 'password1', newPassword: 'newpass22' }));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(await mod.users.verifyCredentials(user.email, 'password1')).not.toBeNull();
  });
});

describe('deleteAccount', () => {
  it('refuses without the exact email', async () => {
    const { user } = await populated();
    const err = await errorOf(mod.account.deleteAccount({ userId: user.id, confirmEmail: 'someone@else.test' }));
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', details: { field: 'confirmEmail' } });
    expect(await mod.db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it('removes tasks, renders, files, previews, the ledger and stored objects; its keys answer USER_NOT_FOUND', async () => {
    const mine = await populated();
    const theirs = await populated();
    const storage = mod.storage.getStorage();

    const result = await mod.account.deleteAccount({ userId: mine.user.id, confirmEmail: `  ${mine.user.email.toUpperCase()} ` });
    expect(result).toMatchObject({ tasks: 1, files: 1 });

    const where = { userId: mine.user.id };
    expect(await mod.db.user.count({ where: { id: mine.user.id } })).toBe(0);
    expect(await mod.db.task.count({ where })).toBe(0);
    expect(await mod.db.file.count({ where })).toBe(0);
    expect(await mod.db.preview.count({ where })).toBe(0);
    expect(await mod.db.creditLedger.count({ where })).toBe(0);
    expect(await storage.stat(mine.renderKey)).toBeNull();
    expect(await storage.stat(mine.uploadKey)).toBeNull();
    expect(await mod.tasks.getPublicTaskConfig(mine.task.id)).toBeNull();
    expect((await errorOf(mod.keys.authenticateApiKey(mine.key))).code).toBe('USER_NOT_FOUND');

    // The other account is untouched.
    expect(await storage.stat(theirs.renderKey)).not.toBeNull();
    expect(await storage.stat(theirs.uploadKey)).not.toBeNull();
    expect(await mod.db.task.count({ where: { userId: theirs.user.id } })).toBe(1);
    expect((await mod.keys.authenticateApiKey(theirs.key)).userId).toBe(theirs.user.id);
  });

  it('is USER_NOT_FOUND for an account that is already gone', async () => {
    const { user } = await populated();
    await mod.account.deleteAccount({ userId: user.id, confirmEmail: user.email });
    expect((await errorOf(mod.account.deleteAccount({ userId: user.id, confirmEmail: user.email }))).code).toBe('USER_NOT_FOUND');
  });
});
