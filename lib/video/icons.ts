import lucide from '@iconify-json/lucide/icons.json';

/**
 * Icons for `icon` clips, bundled (no network at render time): the Lucide set in Iconify JSON form.
 * Names follow Iconify, `"<set>:<name>"` (`"lucide:heart"`), as RenderingVideo's Revideo-based icon
 * does; a bare `"heart"` means lucide. Only lucide ships: another set is a validation error.
 */
interface IconSet {
  prefix: string;
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
}

const sets: Record<string, IconSet> = { lucide: lucide as IconSet };
export const DEFAULT_ICON_SET = 'lucide';
export const iconSetNames = Object.keys(sets);

export interface IconData {
  /** SVG markup of the icon's children (paths use `currentColor`). */
  body: string;
  width: number;
  height: number;
}

/** `"lucide:heart"` / `"heart"` → set and name; undefined for an empty name. */
export function splitIconName(name: string): { set: string; icon: string } {
  const i = name.indexOf(':');
  return i < 0 ? { set: DEFAULT_ICON_SET, icon: name.trim() } : { set: name.slice(0, i).trim(), icon: name.slice(i + 1).trim() };
}

/** The icon's SVG body and viewBox size, or undefined when the set or the name is unknown. */
export function findIcon(name: string): IconData | undefined {
  const { set, icon } = splitIconName(name);
  const data = sets[set];
  if (!data) return undefined;
  const own = data.icons[icon] ?? data.icons[data.aliases?.[icon]?.parent ?? ''];
  if (!own) return undefined;
  return { body: own.body, width: own.width ?? data.width ?? 24, height: own.height ?? data.height ?? 24 };
}

/** Why a name does not resolve, for the validation message; undefined when it does. */
export function iconNameProblem(name: string): string | undefined {
  const { set, icon } = splitIconName(name);
  if (!sets[set]) return `icon set "${set}" is not bundled (available: ${iconSetNames.join(', ')}, e.g. "lucide:heart")`;
  if (findIcon(name)) return undefined;
  const close = closestIcons(icon, 3).map((n) => `"${n}"`);
  return `unknown icon "${icon}" in set "${set}"${close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ''}`;
}

/** Icon names (`"lucide:…"`) containing every word of `query`, shortest first: the editor's picker. */
export function searchIcons(query: string, limit = 60): string[] {
  const words = query.toLowerCase().split(/[\s:_-]+/).filter(Boolean);
  const names = Object.keys(lucide.icons);
  const hits = names.filter((n) => words.every((w) => n.includes(w)));
  return hits.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, limit).map((n) => `lucide:${n}`);
}

/** Up to `limit` lucide names nearest to `name` by edit distance (at most 3 edits): the "did you mean" list. */
function closestIcons(name: string, limit: number): string[] {
  const scored = Object.keys(lucide.icons)
    .map((n) => [n, editDistance(name, n, 3)] as const)
    .filter(([, d]) => d <= 3)
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length);
  return scored.slice(0, limit).map(([n]) => `lucide:${n}`);
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
