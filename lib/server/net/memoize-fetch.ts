/** What a memoized fetch keeps per URL: the status and the body's bytes. */
export interface FetchedBytes {
  status: number;
  body: Buffer;
}

export interface MemoizeOptions {
  /** How long an answer (any HTTP status) is reused. */
  ttlMs: number;
  /** How long a fetch that threw (timeout, refused address, too big) is answered with the same error. */
  errorTtlMs: number;
  /** Bodies kept at most, in bytes, over every URL; the oldest answers go first. */
  maxBytes: number;
  /** URLs kept at most. */
  maxEntries: number;
  now?: () => number;
}

type Entry = { expires: number; size: number; result: Promise<FetchedBytes> };

/**
 * `fetchBytes` with its answers reused per URL for a while: requests for a URL already being fetched wait
 * for that fetch, answers are kept `ttlMs` and errors `errorTtlMs`, and the kept bodies stay under
 * `maxBytes` and `maxEntries` (least recently used evicted first). For pages anyone may load, so that a
 * burst of views costs one outbound fetch per source, not one each.
 */
export function memoizeFetch(fetchBytes: (url: string) => Promise<FetchedBytes>, options: MemoizeOptions): (url: string) => Promise<FetchedBytes> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (url: string) => {
    const entry = entries.get(url);
    if (!entry) return;
    bytes -= entry.size;
    entries.delete(url);
  };
  const trim = () => {
    for (const url of entries.keys()) {
      if (bytes <= options.maxBytes && entries.size <= options.maxEntries) break;
      drop(url);
    }
  };
  return (url) => {
    const hit = entries.get(url);
    if (hit && hit.expires > now()) {
      // Most recently used last.
      entries.delete(url);
      entries.set(url, hit);
      return hit.result;
    }
    drop(url);
    const entry: Entry = { expires: Number.POSITIVE_INFINITY, size: 0, result: fetchBytes(url) };
    entries.set(url, entry);
    entry.result.then(
      (answer) => {
        if (entries.get(url) !== entry) return;
        entry.expires = now() + options.ttlMs;
        entry.size = answer.body.length;
        bytes += entry.size;
        trim();
      },
      () => {
        if (entries.get(url) === entry) entry.expires = now() + options.errorTtlMs;
      },
    );
    trim();
    return entry.result;
  };
}
