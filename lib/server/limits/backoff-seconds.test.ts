import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './backoff-seconds';

describe('backoffSeconds', () => {
  it('doubles from the base up to the cap, and is 0 within the free attempts', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map((n) => backoffSeconds(n, 30, 600))).toEqual([0, 30, 60, 120, 240, 480, 600, 600, 600]);
  });
});
