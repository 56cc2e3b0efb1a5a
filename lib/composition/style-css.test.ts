import { describe, expect, it } from 'vitest';
import { boxCss, filtersCss, fontStack, shadowCss, textCss } from './style-css';

describe('style-css', () => {
  it('always ends a font stack on a generic family', () => {
    expect(fontStack('Brand Mono')).toBe('"Brand Mono", sans-serif');
    expect(fontStack('serif')).toBe('serif');
    expect(fontStack(undefined)).toBe('sans-serif');
  });

  it('reads shadowOffset as [dx, dy], { x, y } or one number', () => {
    expect(shadowCss({ shadowColor: '#000', shadowBlur: 4, shadowOffset: [1, 2] })).toBe('1px 2px 4px #000');
    expect(shadowCss({ shadowColor: '#000', shadowOffset: { y: 3 } })).toBe('0px 3px 0px #000');
    expect(shadowCss({ shadowColor: '#000', shadowOffset: 5 })).toBe('5px 5px 0px #000');
    expect(shadowCss({ shadowBlur: 4 })).toBeUndefined();
  });

  it('never wraps text without a width, wraps it with one unless textWrap is false', () => {
    expect(textCss({}, false).whiteSpace).toBe('pre');
    expect(textCss({}, true).whiteSpace).toBe('pre-wrap');
    expect(textCss({ textWrap: false }, true).whiteSpace).toBe('pre');
  });

  it('applies the text defaults and the stroke', () => {
    expect(textCss({ stroke: '#f00', strokeWidth: 3 }, false)).toMatchObject({ color: '#ffffff', fontSize: 48, lineHeight: 1.2, textAlign: 'center', WebkitTextStroke: '3px #f00' });
  });

  it('turns filters into a CSS filter list in order', () => {
    expect(filtersCss({ filters: [{ type: 'blur', value: 24 }, { type: 'brightness', value: 0.7 }, { type: 'hueRotate', value: 90 }] })).toBe('blur(24px) brightness(0.7) hue-rotate(90deg)');
    expect(filtersCss({})).toBeUndefined();
  });

  it('draws box fill, outline and rounding', () => {
    expect(boxCss({ fill: '#111', stroke: '#fff', strokeWidth: 2, borderRadius: 8 })).toMatchObject({ background: '#111', border: '2px solid #fff', borderRadius: 8 });
  });

  it('draws a text background box only when backgroundColor is set, padded and rounded', () => {
    expect(textCss({ backgroundColor: 'rgba(0,0,0,0.5)', padding: 12, borderRadius: 8 }, false)).toMatchObject({
      background: 'rgba(0,0,0,0.5)', padding: 12, borderRadius: 8,
    });
    expect(textCss({ padding: 12 }, false)).not.toHaveProperty('padding');
  });
});
