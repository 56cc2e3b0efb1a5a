import { describe, expect, it } from 'vitest';
import { newTaskId, newTempId, randomBase62 } from './ids';

describe('ids', () => {
  it('public ids carry at least 96 random bits', () => {
    // 22 base62 characters = 22 × log2(62) ≈ 131 bits.
    expect(newTaskId()).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(newTempId()).toMatch(/^temp_[0-9A-Za-z]{22}$/);
    expect(22 * Math.log2(62)).toBeGreaterThan(96);
  });
  it('does not repeat and uses the whole alphabet', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => randomBase62(22)));
    expect(ids.size).toBe(2000);
    const chars = new Set([...ids].join(''));
    expect(chars.size).toBe(62);
  });
});
