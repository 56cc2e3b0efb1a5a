import { describe, expect, it } from 'vitest';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('correct-horse-1');
    const b = await hashPassword('correct-horse-1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toContain('correct-horse-1');
    expect(await verifyPassword('correct-horse-1', a)).toBe(true);
    expect(await verifyPassword('correct-horse-2', a)).toBe(false);
    expect(await verifyPassword('correct-horse-1', 'garbage')).toBe(false);
  });

  it.each([
    ['short1', 'at least 8'],
    ['onlyletters', 'one letter and one number'],
    ['12345678', 'one letter and one number'],
  ])('rejects %s', (pw, message) => {
    expect(checkPasswordRules(pw)).toContain(message);
  });

  it('accepts a good password', () => {
    expect(checkPasswordRules('goodpass1')).toBeNull();
  });
});
