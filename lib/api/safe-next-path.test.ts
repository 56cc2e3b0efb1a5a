import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each(['/dashboard', '/editor/abc?x=1#t', '/settings/api-keys'])('keeps %s', (path) => expect(safeNextPath(path)).toBe(path));
  it.each([
    '/\\evil.example/phish', // what /%5Cevil.example/phish decodes to
    '/\\/evil.example', '/\t/evil.example', '/\n/evil.example', '//evil.example', 'https://evil.example/', 'evil', '', null, undefined,
  ])('refuses %j', (next) => expect(safeNextPath(next)).toBeNull());
});
