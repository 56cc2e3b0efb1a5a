import { describe, expect, it } from 'vitest';
import { AGING_MS, JOB_PRIORITY, pickNextJob } from './pick-next-job';

const now = new Date('2026-12-02T12:00:00Z');
const job = (id: string, priority: number, secondsAgo: number) => ({ id, priority, createdAt: new Date(now.getTime() - secondsAgo * 1000) });

/** Runs a queue to empty, one pick at a time, with the clock moving `stepMs` per job; returns the order. */
function drain(jobs: ReturnType<typeof job>[], stepMs: number): string[] {
  const left = [...jobs];
  const order: string[] = [];
  let t = now.getTime();
  while (left.length) {
    const next = pickNextJob(left, new Date(t))!;
    order.push(next.id);
    left.splice(left.indexOf(next), 1);
    t += stepMs;
  }
  return order;
}

describe('pickNextJob', () => {
  it('serves high before normal before low when they have waited alike', () => {
    const jobs = [job('low', JOB_PRIORITY.low, 5), job('normal', JOB_PRIORITY.normal, 4), job('high', JOB_PRIORITY.high, 3)];
    expect(drain(jobs, 100)).toEqual(['high', 'normal', 'low']);
  });

  it('keeps first-come order within one priority', () => {
    expect(drain([job('b', 1, 2), job('a', 1, 9), job('c', 1, 1)], 100)).toEqual(['a', 'b', 'c']);
  });

  it('a low job that has waited two aging steps goes before a high one that just arrived', () => {
    const old = job('old-low', JOB_PRIORITY.low, (2 * AGING_MS) / 1000 + 1);
    expect(pickNextJob([job('new-high', JOB_PRIORITY.high, 0), old], now)?.id).toBe('old-low');
    expect(pickNextJob([job('new-high', JOB_PRIORITY.high, 0), job('fresh-low', 0, 1)], now)?.id).toBe('new-high');
  });

  it('never starves low: under a steady stream of high jobs the low one still runs', () => {
    // 30 high jobs keep arriving, one every 10 s, each taking 10 s: without aging low would wait for all of them.
    const jobs = [job('low', JOB_PRIORITY.low, 0), ...Array.from({ length: 30 }, (_, i) => job(`high-${i}`, JOB_PRIORITY.high, -10 * i))];
    const left = [...jobs];
    let t = now.getTime();
    let lowAt = -1;
    for (let n = 0; left.length; n++) {
      const arrived = left.filter((j) => j.createdAt.getTime() <= t);
      const next = pickNextJob(arrived, new Date(t))!;
      if (next.id === 'low') lowAt = n;
      left.splice(left.indexOf(next), 1);
      t += 10_000;
    }
    expect(lowAt).toBeGreaterThan(0);
    expect(lowAt).toBeLessThanOrEqual((2 * AGING_MS) / 10_000 + 1);
  });

  it('has nothing to pick from an empty queue', () => {
    expect(pickNextJob([], now)).toBeNull();
  });
});
