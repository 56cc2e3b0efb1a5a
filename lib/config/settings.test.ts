import { describe, expect, it } from 'vitest';
import { planStorageBytes } from './settings';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('PLAN_STORAGE_LIMITS', () => {
  it('unset: every plan keeps its default', () => {
    expect(planStorageBytes(undefined)).toEqual({ free: 512 * MiB, starter: 10 * GiB, standard: 20 * GiB, pro: 50 * GiB });
  });

  it('overrides the plans it names, in bytes or with decimal and binary units', () => {
    expect(planStorageBytes(' free=64MiB , pro=200GB,starter=1000000, standard = 1.5gib')).toEqual({
      free: 64 * MiB,
      starter: 1_000_000,
      standard: 1.5 * GiB,
      pro: 200e9,
    });
  });

  it.each([
    ['fre=1GiB', 'unknown plan "fre"'],
    ['free', '"free" needs a size'],
    ['free=lots', '"free=lots" needs a size'],
    ['free=5 parsecs', 'needs a size'],
    ['free=-1', 'needs a size'],
  ])('refuses %s', (raw, message) => {
    expect(() => planStorageBytes(raw)).toThrow(message);
  });
});
