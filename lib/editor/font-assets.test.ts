import { describe, expect, it } from 'vitest';
import { availableFontFamilies, fontFamilyFromFileName, fontsFromLibrary } from './font-assets';
import { parseLibraryFile, type LibraryFile } from './library-file';
import { sampleDoc } from './testing/fixtures';

const file = (over: Record<string, unknown>): LibraryFile =>
  parseLibraryFile({ id: 'f1', name: 'x', url: 'http://h/f1', type: 'font', mimeType: 'font/woff2', size: 1, createdAt: '2026-01-01T00:00:00Z', ...over })!;

describe('font families from the library', () => {
  it('names a family after the file', () => {
    expect(fontFamilyFromFileName('Source_Code-Pro.woff2')).toBe('Source Code Pro');
    expect(fontFamilyFromFileName('Brand.TTF')).toBe('Brand');
    expect(fontFamilyFromFileName('.otf')).toBe('Uploaded font');
  });

  it('offers ready font files only, sorted', () => {
    const files = [
      file({ id: 'b', name: 'Zeta.ttf', url: 'http://h/b' }),
      file({ id: 'a', name: 'Alpha.otf', url: 'http://h/a' }),
      file({ id: 'c', name: 'Broken.ttf', status: 'failed' }),
      file({ id: 'd', name: 'photo.png', type: 'image' }),
    ];
    expect(fontsFromLibrary(files).map((f) => [f.family, f.fileId])).toEqual([
      ['Alpha', 'a'],
      ['Zeta', 'b'],
    ]);
  });

  it('lists the document fonts first and each family once', () => {
    const doc = { ...sampleDoc(), assets: { fonts: [{ id: 'x', src: 'http://h/x.woff2', family: 'Alpha' }] } };
    const fonts = availableFontFamilies(doc, [file({ id: 'a', name: 'Alpha.otf' }), file({ id: 'b', name: 'Beta.ttf' })]);
    expect(fonts.map((f) => [f.family, f.src])).toEqual([
      ['Alpha', 'http://h/x.woff2'],
      ['Beta', 'http://h/f1'],
    ]);
  });
});
