import { describe, expect, it } from 'vitest';
import { colourProblem } from './css-colour';

describe('colourProblem', () => {
  it.each(['#ff0000', '#f00a', 'red', 'transparent', 'currentColor', 'rgb(0 0 0 / 50%)', 'rgba(1, 2, 3, 0.5)', 'hsl(120deg 50% 50%)', 'oklch(0.7 0.1 200)', 'color-mix(in srgb, red 50%, blue)'])(
    'accepts %s',
    (value) => expect(colourProblem(value)).toBeNull(),
  );

  it.each([
    ['url(http://169.254.169.254/x)', /url\(\), quotes and escapes are refused/],
    ['url(//tracker.example/p.png)', /url\(\) is not a colour function/],
    ['URL( /x.png )', /url\(\) is not a colour function/],
    ['image-set(x.png 1x)', /image-set\(\) is not a colour function/],
    ['u\\72l(x)', /escapes are refused/],
    ['red; background: blue', /refused/],
    ['(x)', /a bare\(\) is not a colour function/],
  ])('refuses %s', (value, message) => expect(colourProblem(value)).toMatch(message));
});
