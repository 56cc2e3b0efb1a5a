/** One problem in a config: where (`tracks[0].clips[2].duration`) and what (`must be greater than 0`). */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** `['tracks', 0, 'clips', 2, 'duration']` → `tracks[0].clips[2].duration`; the empty path is `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
