import { validateVideoConfig, type ConfigIssue, type PathSegment } from '../video';
import type { ClipRef, EditorDoc } from './types';

/**
 * The JSON panel's text logic, framework-free: the document as text, text back to a document with
 * every problem located in the text (syntax errors at their offset, validation issues at the value
 * their path names), and where a path's value sits in the text (to follow the selection).
 */

/** The document as the panel shows it: pretty-printed, two spaces. */
export function docToJsonText(doc: EditorDoc): string {
  return JSON.stringify(doc, null, 2);
}

/** `tracks[0].clips[2].duration` → `['tracks', 0, 'clips', 2, 'duration']`; `(root)` → []. */
export function parseIssuePath(path: string): PathSegment[] {
  if (path === '(root)' || path === '') return [];
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

export interface TextRange {
  from: number;
  to: number;
}

/** A problem of the panel's text, with where it is. */
export interface TextIssue extends ConfigIssue, TextRange {}

export type JsonTextResult = { ok: true; doc: EditorDoc } | { ok: false; issues: TextIssue[] };

const isWs = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/**
 * Where the value at `path` lies in `text` (valid JSON), or, when the path does not exist (a missing
 * field), the deepest value on the way to it. Null only when `text` is not JSON.
 *
 * @example locateJsonPath('{"a":[1,{"b":2}]}', ['a', 1, 'b']) // { from: 14, to: 15 }
 */
export function locateJsonPath(text: string, path: ReadonlyArray<PathSegment>): TextRange | null {
  return locate(text, path)?.range ?? null;
}

/** The range of the deepest value found on `path`, and how many of its segments were found. */
function locate(text: string, path: ReadonlyArray<PathSegment>): { range: TextRange; depth: number } | null {
  let i = 0;
  const skipWs = () => {
    while (isWs(text[i])) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  // Skips one value starting at i (after whitespace); returns false on malformed input.
  const skipValue = (): boolean => {
    skipWs();
    const c = text[i];
    if (c === '"') {
      skipString();
      return i <= text.length;
    }
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
          skipString();
          continue;
        }
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return true;
          }
        }
        i++;
      }
      return false;
    }
    const start = i;
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    return i > start;
  };

  skipWs();
  let from = i;
  if (!skipValue()) return null;
  let range: TextRange = { from, to: i };
  let depth = 0;
  for (const segment of path) {
    i = range.from;
    const open = text[i];
    i++;
    let found = false;
    if (open === '{' && typeof segment === 'string') {
      for (;;) {
        skipWs();
        if (text[i] !== '"') break;
        const keyStart = i;
        skipString();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        skipWs();
        i++; // colon
        skipWs();
        from = i;
        if (!skipValue()) return null;
        if (key === segment) {
          range = { from, to: i };
          found = true;
          break;
        }
        skipWs();
        if (text[i] !== ',') break;
        i++;
      }
    } else if (open === '[' && typeof segment === 'number') {
      for (let index = 0; ; index++) {
        skipWs();
        if (text[i] === ']') break;
        from = i;
        if (!skipValue()) return null;
        if (index === segment) {
          range = { from, to: i };
          found = true;
          break;
        }
        skipWs();
        if (text[i] !== ',') break;
        i++;
      }
    }
    if (!found) return { range, depth };
    depth++;
  }
  return { range, depth };
}

/** Line and column (1-based) → offset, for engines that report syntax errors that way. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/** Where JSON.parse failed, from its message (V8: "at position N" or "(line L column C)"); else the end. */
function syntaxErrorOffset(text: string, message: string): number {
  const pos = /at position (\d+)/.exec(message);
  if (pos?.[1]) return Math.min(text.length, Number(pos[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc?.[1] && lc[2]) return offsetOf(text, Number(lc[1]), Number(lc[2]));
  return text.length;
}

/**
 * The panel's text read back: a document when it is JSON that lib/video validates (the rules the
 * store applies to every edit), else every problem with its path and its place in the text.
 */
export function parseJsonText(text: string): JsonTextResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not valid JSON';
    const at = syntaxErrorOffset(text, message);
    return { ok: false, issues: [{ path: '(json)', message: `JSON syntax: ${message}`, from: at, to: Math.min(text.length, at + 1) }] };
  }
  const result = validateVideoConfig(value);
  if (result.success) return { ok: true, doc: value as EditorDoc };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, ...(locateJsonPath(text, parseIssuePath(issue.path)) ?? { from: 0, to: 0 }) })),
  };
}

/** The text range of a clip's JSON (to scroll to and mark the selected clip); null if it has none. */
export function clipRange(text: string, ref: ClipRef): TextRange | null {
  const found = locate(text, ['tracks', ref.trackIndex, 'clips', ref.clipIndex]);
  return found && found.depth === 4 ? found.range : null;
}

/**
 * The smallest single replacement that turns `before` into `after` (common start and end kept), so
 * refreshing the panel after an edit elsewhere keeps its folds, cursor and scroll where they were.
 */
export function textChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
