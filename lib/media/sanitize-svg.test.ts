import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitize-svg';
import { maliciousSvg } from './testing/media-fixtures';

const clean = (markup: string) => {
  const result = sanitizeSvg(markup);
  if (!result.ok) throw new Error(result.reason);
  return result.svg;
};

describe('sanitizeSvg', () => {
  const out = clean(maliciousSvg);

  it.each([
    ['<script>', /<script|alert\('script'\)/i],
    ['event handlers', /\son[a-z]+=/i],
    ['javascript: links', /javascript:/i],
    ['external hrefs (image, use)', /evil\.example/],
    ['<foreignObject> and what it holds', /foreignObject|iframe/i],
    ['@import', /@import/],
  ])('removes %s', (_what, pattern) => {
    expect(out).not.toMatch(pattern);
  });

  it('keeps the drawing and stays a standalone XML SVG', () => {
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(out).toMatch(/<rect width="40" height="20" fill="#1e64c8"\/>/);
    expect(out).toMatch(/<circle cx="10" cy="10" r="5" fill="red"\/>/);
  });

  it('keeps references inside the document and embedded raster images', () => {
    const svg = clean(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs>' +
        '<rect fill="url(#g)" width="1" height="1"/><use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>',
    );
    expect(svg).toContain('fill="url(#g)"');
    expect(svg).toContain('xlink:href="#g"');
    expect(svg).toContain('href="data:image/png;base64,iVBORw0KGgo="');
  });

  it('cuts url() references to other documents in presentation attributes', () => {
    expect(clean('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://evil.example/a.svg#p)"/></svg>')).not.toContain('evil');
  });

  it('writes text as XML (no HTML entities like &nbsp;)', () => {
    expect(clean('<svg xmlns="http://www.w3.org/2000/svg"><text>a&#160;b</text></svg>')).not.toContain('&nbsp;');
  });

  it('refuses markup with no <svg> element', () => {
    expect(sanitizeSvg('<html><body>hi</body></html>')).toMatchObject({ ok: false, reason: expect.stringMatching(/no <svg> element/) });
  });
});
