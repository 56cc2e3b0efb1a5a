const probeOrigin = 'http://cutroom.invalid';

/**
 * A `next=` target reduced to a path on this site, or null. Browsers read `/\evil.example`, `/\t/evil`
 * and `//evil` as other hosts, so a prefix check is not enough: the path is resolved the way a browser
 * would and must stay on the same origin; control characters and backslashes are refused outright.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, probeOrigin);
  } catch {
    return null;
  }
  if (url.origin !== probeOrigin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
