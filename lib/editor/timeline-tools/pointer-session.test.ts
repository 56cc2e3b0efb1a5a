import { describe, expect, it } from 'vitest';
import { startPointerSession } from './pointer-session';

const pointer = (type: string, clientX: number, clientY = 0, pointerId = 1) =>
  Object.assign(new Event(type), { pointerId, clientX, clientY, altKey: false, shiftKey: false });

function session(schedule?: (run: () => void) => () => void) {
  const target = new EventTarget();
  const log: string[] = [];
  startPointerSession({
    schedule,
    target,
    pointerId: 1,
    originX: 0,
    originY: 0,
    thresholdPx: 3,
    onDragStart: () => log.push('start'),
    onMove: (e) => log.push(`move ${e.clientX}`),
    onEnd: (outcome) => log.push(outcome),
  });
  return { target, log };
}

describe('pointer session', () => {
  it('a short press is a click; past the threshold it is a drag that commits on release', () => {
    const click = session();
    click.target.dispatchEvent(pointer('pointermove', 2));
    click.target.dispatchEvent(pointer('pointerup', 2));
    expect(click.log).toEqual(['click']);
    const drag = session();
    drag.target.dispatchEvent(pointer('pointermove', 5));
    drag.target.dispatchEvent(pointer('pointermove', 9, 0, 2)); // another pointer: ignored
    drag.target.dispatchEvent(pointer('pointerup', 5));
    drag.target.dispatchEvent(pointer('pointermove', 20)); // after the end: ignored
    expect(drag.log).toEqual(['start', 'move 5', 'commit']);
  });

  it('Escape and pointercancel cancel', () => {
    const esc = session();
    esc.target.dispatchEvent(pointer('pointermove', 10));
    esc.target.dispatchEvent(Object.assign(new Event('keydown', { cancelable: true }), { key: 'Escape' }));
    expect(esc.log).toEqual(['start', 'move 10', 'cancel']);
    const lost = session();
    lost.target.dispatchEvent(pointer('pointercancel', 0));
    expect(lost.log).toEqual(['cancel']);
  });

  describe('coalesced to one move per frame (schedule)', () => {
    /** A fake animation-frame queue: `frame()` runs what was scheduled. */
    function frames() {
      let queued: (() => void)[] = [];
      return {
        schedule: (run: () => void) => {
          queued.push(run);
          return () => {
            queued = queued.filter((r) => r !== run);
          };
        },
        frame: () => {
          const now = queued;
          queued = [];
          now.forEach((run) => run());
        },
        get size() {
          return queued.length;
        },
      };
    }

    it('hands only the latest move of a frame to onMove', () => {
      const f = frames();
      const s = session(f.schedule);
      s.target.dispatchEvent(pointer('pointermove', 5));
      s.target.dispatchEvent(pointer('pointermove', 7));
      s.target.dispatchEvent(pointer('pointermove', 9));
      expect(s.log).toEqual(['start']);
      expect(f.size).toBe(1);
      f.frame();
      expect(s.log).toEqual(['start', 'move 9']);
      f.frame();
      expect(s.log).toEqual(['start', 'move 9']);
      s.target.dispatchEvent(pointer('pointermove', 12));
      f.frame();
      expect(s.log).toEqual(['start', 'move 9', 'move 12']);
    });

    it('runs a pending move before the commit, so the release position is where the drag ends', () => {
      const f = frames();
      const s = session(f.schedule);
      s.target.dispatchEvent(pointer('pointermove', 5));
      f.frame();
      s.target.dispatchEvent(pointer('pointermove', 30));
      s.target.dispatchEvent(pointer('pointerup', 30));
      expect(s.log).toEqual(['start', 'move 5', 'move 30', 'commit']);
      expect(f.size).toBe(0);
    });

    it('drops a pending move on cancel', () => {
      const f = frames();
      const s = session(f.schedule);
      s.target.dispatchEvent(pointer('pointermove', 5));
      s.target.dispatchEvent(Object.assign(new Event('keydown', { cancelable: true }), { key: 'Escape' }));
      f.frame();
      expect(s.log).toEqual(['start', 'cancel']);
      expect(f.size).toBe(0);
    });
  });
});
