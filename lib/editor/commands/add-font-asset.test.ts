import { describe, expect, it } from 'vitest';
import { validateVideoConfig } from '../../video';
import { addFontAsset } from './add-font-asset';
import { sampleDoc } from '../testing/fixtures';

const src = 'http://localhost/files/uploads/u/2026/12/f1.woff2';

describe('addFontAsset', () => {
  it('declares the font in assets.fonts, and the document stays valid', () => {
    const next = addFontAsset(sampleDoc(), { src, family: 'Brand Sans' });
    expect(next.assets?.fonts).toEqual([{ id: 'font-brand-sans', src, family: 'Brand Sans' }]);
    expect(validateVideoConfig(next).success).toBe(true);
  });

  it('adding the same font again changes nothing', () => {
    const once = addFontAsset(sampleDoc(), { src, family: 'Brand Sans', id: 'font-f1' });
    expect(addFontAsset(once, { src, family: 'Brand Sans', id: 'font-f1' })).toBe(once);
  });

  it('gives a taken id a suffix and keeps the other assets', () => {
    const doc = { ...sampleDoc(), assets: { images: [{ id: 'logo', src: 'http://x/l.png' }], fonts: [{ id: 'font-brand', src: 'http://x/a.ttf', family: 'Brand' }] } };
    const next = addFontAsset(doc, { src, family: 'Brand', weight: 700 });
    expect(next.assets?.fonts?.map((f) => f.id)).toEqual(['font-brand', 'font-brand-2']);
    expect(next.assets?.fonts?.[1]).toMatchObject({ weight: 700 });
    expect(next.assets?.images).toBe(doc.assets.images);
    expect(next.tracks).toBe(doc.tracks);
  });

  it('ignores an empty family or src', () => {
    const doc = sampleDoc();
    expect(addFontAsset(doc, { src, family: '  ' })).toBe(doc);
    expect(addFontAsset(doc, { src: '', family: 'A' })).toBe(doc);
  });
});
