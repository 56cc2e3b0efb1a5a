import { describe, expect, it } from 'vitest';
import { createSeekPacer } from './seek-pacer';

/** A pacer over a fake preview: `settled` says whether the preview has drawn the last seek; the clock is `at`. */
function setup(maxWaitMs = 150) {
  const seeks: number[] = [];
  const preview = { settled: false, at: 0 };
  const pacer = createSeekPacer({ seek: (f) => seeks.push(f), isSettled: () => preview.settled, now: () => preview.at, maxWaitMs });
  return { pacer, seeks, preview };
}

describe('createSeekPacer', () => {
  it('seeks at once when nothing is in flight (a ruler click or an arrow key is not delayed)', () => {
    const { pacer, seeks } = setup();
    pacer.request(12);
    expect(seeks).toEqual([12]);
    expect(pacer.isWaiting).toBe(true);
  });

  it('holds later requests until the preview settled, then shows only the latest', () => {
    const { pacer, seeks, preview } = setup();
    pacer.request(1);
    pacer.request(2);
    pacer.request(3);
    preview.at = 16;
    pacer.tick(); // the preview's first frame after the seek: not yet judged
    preview.at = 32;
    pacer.tick();
    expect(seeks).toEqual([1]);
    preview.settled = true;
    preview.at = 48;
    pacer.tick();
    expect(seeks).toEqual([1, 3]);
    expect(pacer.isWaiting).toBe(true);
  });

  it('does not take a preview that was settled before the seek began for one that has drawn it', () => {
    const { pacer, seeks, preview } = setup();
    preview.settled = true;
    pacer.request(1);
    pacer.request(2);
    pacer.tick(); // same frame as the seek: the media has not even started seeking
    expect(seeks).toEqual([1]);
    pacer.tick();
    expect(seeks).toEqual([1, 2]);
  });

  it('lets the next seek go after maxWaitMs when the preview never settles (a stalled file)', () => {
    const { pacer, seeks, preview } = setup(150);
    pacer.request(1);
    pacer.request(2);
    preview.at = 100;
    pacer.tick();
    pacer.tick();
    expect(seeks).toEqual([1]);
    preview.at = 150;
    pacer.tick();
    expect(seeks).toEqual([1, 2]);
  });

  it('stops waiting once the last seek settled with nothing pending, so the next request seeks at once', () => {
    const { pacer, seeks, preview } = setup();
    pacer.request(5);
    preview.settled = true;
    pacer.tick();
    pacer.tick();
    expect(pacer.isWaiting).toBe(false);
    pacer.request(6);
    expect(seeks).toEqual([5, 6]);
  });

  it('drops the pending request on cancel', () => {
    const { pacer, seeks, preview } = setup();
    pacer.request(1);
    pacer.request(2);
    pacer.cancel();
    preview.settled = true;
    pacer.tick();
    pacer.tick();
    expect(seeks).toEqual([1]);
    expect(pacer.isWaiting).toBe(false);
  });
});
