import { describe, expect, it } from 'vitest';
import { taskPrecondition } from './task-precondition';

describe('taskPrecondition', () => {
  it('none without If-Match and version, or with If-Match: *', () => {
    expect(taskPrecondition(null, undefined)).toBeUndefined();
    expect(taskPrecondition('*', undefined)).toBeUndefined();
  });

  it('takes either one', () => {
    expect(taskPrecondition('"4"', undefined)).toEqual([4]);
    expect(taskPrecondition(null, 4)).toEqual([4]);
    expect(taskPrecondition('*', 4)).toEqual([4]);
  });

  it('both must hold when both are sent', () => {
    expect(taskPrecondition('"4"', 4)).toEqual([4]);
    expect(taskPrecondition('"3"', 4)).toEqual([]);
  });
});
