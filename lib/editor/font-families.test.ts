import { describe, expect, it } from 'vitest';
import { fontFamilyGroups } from './font-families';

describe('fontFamilyGroups', () => {
  it('lists each uploaded family once, first, and the installed ones after', () => {
    const groups = fontFamilyGroups({
      assets: {
        fonts: [
          { id: 'a', src: '/f/a.woff2', family: 'Brand Sans', weight: 400 },
          { id: 'b', src: '/f/b.woff2', family: 'Brand Sans', weight: 700 },
          { id: 'c', src: '/f/c.ttf', family: 'Arial' },
        ],
      },
    });
    expect(groups.uploaded).toEqual(['Brand Sans', 'Arial']);
    expect(groups.installed).toContain('DejaVu Serif');
    expect(groups.installed).not.toContain('Arial');
  });

  it('offers the installed families without assets', () => {
    expect(fontFamilyGroups({}).uploaded).toEqual([]);
    expect(fontFamilyGroups({}).installed[0]).toBe('sans-serif');
  });
});
