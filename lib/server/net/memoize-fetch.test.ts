import { describe, expect, it } from 'vitest';
import { memoizeFetch, type FetchedBytes } from './memoize-fetch';

/** A fetcher that counts calls per URL and answers `size` bytes (or throws for URLs containing "bad"). */
function counting(size = 10) {
  const calls = new Map<string, number>();
  const fetchBytes = async (url: string): Promise<FetchedBytes> => {
    calls.set(url, (calls.get(url) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, 5));
    if (url.includes('bad')) throw new Error(`no answer from ${url}`);
    return { status: 200, body: Buffer.alloc(size) };
  };
  return { calls, fetchBytes };
}

describe('memoizeFetch', () => {
  it('fetches a URL once for simultaneous and later requests, again after the TTL', async () => {
    let t = 0;
    const { calls, fetchBytes } = counting();
    const fetch = memoizeFetch(fetchBytes, { ttlMs: 1000, errorTtlMs: 100, maxBytes: 1000, maxEntries: 10, now: () => t });
    await Promise.all([fetch('a'), fetch('a'), fetch('a')]);
    t = 999;
    await fetch('a');
    expect(calls.get('a')).toBe(1);
    t = 1001;
    await fetch('a');
    expect(calls.get('a')).toBe(2);
  });

  it('answers a failed fetch with its error for the error TTL only', async () => {
    let t = 0;
    const { calls, fetchBytes } = counting();
    const fetch = memoizeFetch(fetchBytes, { ttlMs: 1000, errorTtlMs: 100, maxBytes: 1000, maxEntries: 10, now: () => t });
    await expect(fetch('bad')).rejects.toThrow('no answer from bad');
    await expect(fetch('bad')).rejects.toThrow('no answer from bad');
    expect(calls.get('bad')).toBe(1);
    t = 101;
    await expect(fetch('bad')).rejects.toThrow();
    expect(calls.get('bad')).toBe(2);
  });

  it('keeps the bodies under maxBytes and the URLs under maxEntries, evicting the least recently used', async () => {
    const { calls, fetchBytes } = counting(40);
    const fetch = memoizeFetch(fetchBytes, { ttlMs: 60_000, errorTtlMs: 100, maxBytes: 100, maxEntries: 10, now: () => 0 });
    await fetch('a');
    await fetch('b');
    await fetch('a'); // a is now the most recent
    await fetch('c'); // 120 bytes: b goes
    await fetch('a');
    await fetch('c');
    expect([calls.get('a'), calls.get('c')]).toEqual([1, 1]);
    await fetch('b');
    expect(calls.get('b')).toBe(2);

    const few = counting(1);
    const byCount = memoizeFetch(few.fetchBytes, { ttlMs: 60_000, errorTtlMs: 100, maxBytes: 1000, maxEntries: 2, now: () => 0 });
    for (const url of ['x', 'y', 'z', 'x']) await byCount(url);
    expect(few.calls.get('x')).toBe(2);
  });
});
