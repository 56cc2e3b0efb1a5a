/** CSS functions that make a colour; anything else in a colour field (`url()`, `image-set()`, `paint()`…) is refused. */
const COLOUR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'light-dark']);

/**
 * Why a colour field's value is refused, or null when it may be a colour. A colour field reaches CSS in
 * viewers' browsers and in the renderer, where `url(http://…)` would be fetched from wherever it
 * points (a tracker, an internal address): only colour syntax passes — no quotes, escapes, `:`, `;`
 * or braces, and no function but the colour ones. Whether the rest is a colour the browser knows is
 * left to the browser (an unknown name paints nothing).
 */
export function colourProblem(value: string): string | null {
  if (/[\\'"`:;{}<>@]/.test(value)) return 'must be a CSS colour such as "#ff0000" (url(), quotes and escapes are refused)';
  for (const m of value.matchAll(/([a-z-]*)\s*\(/gi)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!COLOUR_FUNCTIONS.has(name)) return `must be a CSS colour such as "#ff0000"; ${name || 'a bare'}() is not a colour function (url() and images are refused)`;
  }
  return null;
}
