import { codeLanguages, type CodeLanguage } from './capabilities';

const PLAIN = new Set(['text', 'plaintext', 'plain', 'txt']);

/**
 * The bundled grammar a `code` clip's `language` names (case-insensitive, aliases such as `ts`),
 * `null` for plain text, undefined for a language Cutroom does not bundle.
 */
export function codeLanguageOf(language: string | undefined): CodeLanguage | null | undefined {
  if (language === undefined) return null;
  const name = language.trim().toLowerCase();
  if (PLAIN.has(name) || name === '') return null;
  for (const [id, aliases] of Object.entries(codeLanguages) as [CodeLanguage, readonly string[]][]) {
    if (id === name || aliases.includes(name)) return id;
  }
  return undefined;
}

/**
 * The 1-based lines a `code` clip's `selection` keeps bright (Revideo dims the rest), or undefined
 * when it selects everything: an array of line numbers, or `[[startLine, startCol], [endLine, endCol]]`
 * ranges with 0-based lines (Revideo's form), or a list of such ranges.
 */
export function selectedLines(selection: unknown): Set<number> | undefined {
  if (!Array.isArray(selection) || selection.length === 0) return undefined;
  const lines = new Set<number>();
  if (selection.every((n) => typeof n === 'number')) {
    for (const n of selection as number[]) lines.add(n);
    return lines;
  }
  const isPoint = (p: unknown): p is [number, number] => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number';
  const isRange = (r: unknown): r is [[number, number], [number, number]] => Array.isArray(r) && isPoint(r[0]) && isPoint(r[1]);
  const ranges = isRange(selection) ? [selection] : selection.filter(isRange);
  if (ranges.length === 0) return undefined;
  for (const [[from], [to]] of ranges) for (let l = Math.min(from, to); l <= Math.max(from, to) && l - from < 10_000; l++) lines.add(l + 1);
  return lines;
}
