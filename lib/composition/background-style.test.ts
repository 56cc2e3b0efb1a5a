import { describe, expect, it } from 'vitest';
import { backgroundStyle } from './background-style';

describe('backgroundStyle', () => {
  it.each([
    [undefined, { backgroundColor: '#000000' }],
    ['transparent', { backgroundColor: 'transparent' }],
    ['#123456', { backgroundColor: '#123456' }],
    [{ type: 'linear', angle: 45, stops: [{ offset: 0, color: 'red' }, { offset: 1, color: 'blue' }] }, { backgroundImage: 'linear-gradient(45deg, red 0%, blue 100%)' }],
    [{ type: 'radial', stops: [{ offset: 0, color: 'red' }, { offset: 0.5, color: 'blue' }] }, { backgroundImage: 'radial-gradient(circle at 50% 50%, red 0%, blue 50%)' }],
    [{ type: 'conic', angle: 90, stops: [{ offset: 0, color: 'red' }, { offset: 1, color: 'blue' }] }, { backgroundImage: 'conic-gradient(from 90deg at 50% 50%, red 0%, blue 100%)' }],
  ] as const)('%j → %j', (background, css) => {
    expect(backgroundStyle(background as Parameters<typeof backgroundStyle>[0])).toEqual(css);
  });

  it('a linear gradient without angle runs top to bottom (CSS 180deg)', () => {
    expect(backgroundStyle({ type: 'linear', stops: [{ offset: 0, color: 'a' }, { offset: 1, color: 'b' }] }).backgroundImage).toContain('180deg');
  });
});
