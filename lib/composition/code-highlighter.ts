import { createHighlighterCoreSync, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import css from 'shiki/langs/css.mjs';
import go from 'shiki/langs/go.mjs';
import html from 'shiki/langs/html.mjs';
import javascript from 'shiki/langs/javascript.mjs';
import json from 'shiki/langs/json.mjs';
import python from 'shiki/langs/python.mjs';
import rust from 'shiki/langs/rust.mjs';
import shellscript from 'shiki/langs/shellscript.mjs';
import sql from 'shiki/langs/sql.mjs';
import typescript from 'shiki/langs/typescript.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import dracula from 'shiki/themes/dracula.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import monokai from 'shiki/themes/monokai.mjs';
import nord from 'shiki/themes/nord.mjs';
import { codeLanguageOf, codeThemes, type CodeTheme } from '../video';

/**
 * Syntax highlighting for `code` clips: shiki with its JavaScript regex engine (no WASM), the
 * grammars and themes bundled statically (lib/video codeLanguages / codeThemes), created
 * synchronously on first use. Highlighting is a pure function of (code, language, theme): the same
 * tokens in the Player and the renderer, nothing fetched, no clock.
 */
let highlighter: HighlighterCore | undefined;
function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubDark, githubLight, dracula, nord, monokai],
    langs: [javascript, typescript, python, json, shellscript, css, html, go, rust, sql, yaml],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

export interface HighlightedCode {
  lines: ThemedToken[][];
  background: string;
  foreground: string;
}

const cache = new Map<string, HighlightedCode>();

/** Tokens per line with their colours, and the theme's background/foreground colours. */
export function highlightCode(code: string, language: string | undefined, theme: CodeTheme = codeThemes[0]): HighlightedCode {
  const lang = codeLanguageOf(language) ?? 'text';
  const key = `${theme}\n${lang}\n${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const h = getHighlighter();
  // tokenizeTimeLimit 0: shiki's default gives up on a line after 500 ms of wall-clock time and
  // emits the rest as one token; on a busy machine the first (regex-compiling) call hits it, so the
  // same config would highlight differently from run to run.
  const result = h.codeToTokens(code, { lang, theme, tokenizeTimeLimit: 0 });
  const value = { lines: result.tokens, background: result.bg ?? '#0d1117', foreground: result.fg ?? '#e6edf3' };
  if (cache.size > 200) cache.clear();
  cache.set(key, value);
  return value;
}
