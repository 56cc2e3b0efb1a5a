/**
 * A task's version as an HTTP entity tag, and the `If-Match` header read back (RFC 9110 §13.1.1).
 * Strong tags of the version number: version 3 is `"3"`. Shared by the server (ETag, precondition)
 * and the editor's API client (which sends its base version).
 */
export function taskEtag(version: number): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header accepts: `'any'` for `*`, else every `"n"` (or `W/"n"`) in the
 * list. A tag that is not one of ours can never match, so it adds nothing (an empty list matches no
 * version). `null` when there is no header.
 *
 * @example parseIfMatch('"3", "4"') // [3, 4]
 */
export function parseIfMatch(header: string | null | undefined): 'any' | number[] | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  if (header.trim() === '*') return 'any';
  const versions: number[] = [];
  for (const part of header.split(',')) {
    const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(part);
    if (match?.[1]) versions.push(Number(match[1]));
  }
  return versions;
}
