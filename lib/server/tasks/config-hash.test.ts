import { describe, expect, it } from 'vitest';
import { configHash, stableStringify } from './config-hash';

describe('configHash', () => {
  it('ignores key order and undefined values', () => {
    expect(configHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(configHash({ b: { d: 'x', c: [1, 2] }, a: 1, e: undefined }));
  });
  it('changes when a value changes, including array order', () => {
    expect(configHash({ a: [1, 2] })).not.toBe(configHash({ a: [2, 1] }));
    expect(configHash({ a: 1 })).not.toBe(configHash({ a: '1' }));
  });
  it('serializes deterministically', () => {
    expect(stableStringify({ b: 1, a: [null, true] })).toBe('{"a":[null,true],"b":1}');
  });
});
