import { describe, expect, it } from 'vitest';
import { shuttleRate } from './shuttle';

describe('shuttleRate', () => {
  it('L and J start at 1× their way, double while held in that direction, up to 4×', () => {
    expect(shuttleRate(1, false, 1)).toBe(1);
    expect(shuttleRate(1, true, 1)).toBe(2);
    expect(shuttleRate(4, true, 1)).toBe(4);
    expect(shuttleRate(2, true, -1)).toBe(-1);
    expect(shuttleRate(-2, true, -1)).toBe(-4);
  });
});
