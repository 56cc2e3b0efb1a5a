import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

/** The result of sanitizing an SVG: the clean markup, or why there is none. */
export type SanitizedSvg = { ok: true; svg: string; removed: number } | { ok: false; reason: string };

// A reference may point inside the document (#id) or at an embedded raster image; nothing else.
const SAFE_REFERENCE = /^(#[\w.:-]*|data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*)$/i;
const REFERENCE_ATTRIBUTES = ['href', 'xlink:href', 'src'];

/** CSS that fetches nothing: every url() not pointing inside the document and every @import are cut. */
function inertCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole, _q: string, target: string) => (target.trim().startsWith('#') ? whole : 'none'))
    .replace(/expression\s*\(/gi, 'none(');
}

let purifier: ReturnType<typeof createPurifier> | undefined;

function createPurifier() {
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of REFERENCE_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null && !SAFE_REFERENCE.test(value.trim())) {
        node.removeAttribute(name);
        purify.removed.push({ attribute: null, from: node });
      }
    }
    // style="…" and presentation attributes (fill="url(…)", filter, mask…) can fetch through url().
    for (const attr of Array.from(node.attributes ?? [])) {
      if (/url\(|@import|expression\(/i.test(attr.value)) node.setAttribute(attr.name, inertCss(attr.value));
    }
  });
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent) node.textContent = inertCss(node.textContent);
  });
  return { purify, serializer: new window.XMLSerializer() };
}

/**
 * Cleans an uploaded SVG with DOMPurify's SVG profile (on a jsdom window) and a stricter policy on top:
 * no scripts, no event handlers, no `<foreignObject>`, no references outside the document (href, xlink:href,
 * CSS url() and @import), so the file is inert wherever it is served or drawn. Serialized as XML, so it
 * stays a standalone .svg file.
 */
export function sanitizeSvg(markup: string): SanitizedSvg {
  purifier ??= createPurifier();
  const { purify, serializer } = purifier;
  const fragment = purify.sanitize(markup.replace(/^\uFEFF/, ''), {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script', 'iframe', 'embed', 'object', 'audio', 'video', 'animate', 'set', 'animateMotion', 'animateTransform'],
    FORBID_ATTR: ['onload', 'onerror', 'onclick', 'onbegin', 'onend', 'onrepeat'],
    ADD_TAGS: ['use'],
    RETURN_DOM_FRAGMENT: true,
  });
  const removed = purify.removed.length;
  const root = fragment.firstElementChild;
  if (!root || root.localName !== 'svg') return { ok: false, reason: 'The file is not a valid SVG image: no <svg> element was found.' };
  return { ok: true, svg: `${serializer.serializeToString(root)}\n`, removed };
}
