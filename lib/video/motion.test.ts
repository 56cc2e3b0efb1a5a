import { describe, expect, it } from 'vitest';
import { elementBox } from './geometry';
import { animationProgress, audioGainAt, clipStateAt, keyframeValueAt, transitionPhaseAt, type FrameContext } from './motion';
import type { Animation, AnyClip, Transition } from './schema';

const canvas = { width: 1000, height: 500 };
const context: FrameContext = { canvas, parent: canvas, windowDuration: 4 };
const rect = (extra: Partial<Extract<AnyClip, { type: 'rect' }>> = {}): AnyClip => ({
  type: 'rect', start: 0, duration: 4, transform: { x: 100, y: 100, width: 100, height: 50 }, ...extra,
});
const withAnimations = (...animations: Animation[]) => rect({ animations });
const state = (clip: AnyClip, t: number) => clipStateAt(clip, t, context);

describe('animationProgress', () => {
  const a = { duration: 2, delay: 1 };
  it.each([
    [0, 0], [1, 0], [2, 0.5], [3, 1], [10, 1],
  ])('holds 0 before the delay and 1 after the end (t=%s → %s)', (t, p) => {
    expect(animationProgress(a, t)).toBeCloseTo(p);
  });

  it('restarts each cycle for a numeric loop, then holds the end', () => {
    const looped = { duration: 1, loop: 2 };
    expect(animationProgress(looped, 0.5)).toBeCloseTo(0.5);
    expect(animationProgress(looped, 1.25)).toBeCloseTo(0.25);
    expect(animationProgress(looped, 2.5)).toBe(1);
  });

  it('loops forever with loop: true', () => {
    expect(animationProgress({ duration: 1, loop: true }, 7.75)).toBeCloseTo(0.75);
  });

  it('applies the easing', () => {
    expect(animationProgress({ duration: 1, easing: 'easeInQuad' }, 0.5)).toBeCloseTo(0.25);
  });
});

describe('the nine animation types', () => {
  it('fadeIn: 0 → the clip opacity (style.opacity wins over clip opacity)', () => {
    const clip = rect({ opacity: 0.2, style: { opacity: 0.8 }, animations: [{ type: 'fadeIn', duration: 1 }] });
    expect(state(clip, 0).opacity).toBe(0);
    expect(state(clip, 0.5).opacity).toBeCloseTo(0.4);
    expect(state(clip, 2).opacity).toBeCloseTo(0.8);
  });

  it('fadeIn with a delay keeps the clip invisible until it starts', () => {
    expect(state(withAnimations({ type: 'fadeIn', duration: 1, delay: 2 }), 1).opacity).toBe(0);
  });

  it('fadeOut: current → 0, and stays gone', () => {
    const clip = withAnimations({ type: 'fadeOut', duration: 1, delay: 3 });
    expect(state(clip, 2).opacity).toBe(1);
    expect(state(clip, 3.5).opacity).toBeCloseTo(0.5);
    expect(state(clip, 3.99).opacity).toBeCloseTo(0.01);
  });

  it('zoomIn / zoomOut scale the clip from / to 0 on top of its own scale', () => {
    const zoomIn = rect({ transform: { scale: 2 }, animations: [{ type: 'zoomIn', duration: 1 }] });
    const s = state(zoomIn, 0.5);
    expect(s.placement.scaleX * s.motion.scaleX).toBeCloseTo(1);
    const zoomOut = withAnimations({ type: 'zoomOut', duration: 1, delay: 3 });
    expect(state(zoomOut, 3.75).motion.scaleY).toBeCloseTo(0.25);
  });

  it.each([
    ['up', 0, 100],
    ['down', 0, -100],
    ['left', 100, 0],
    ['right', -100, 0],
  ] as const)('slideIn %s starts 200 px away against its direction (half way: %s, %s)', (direction, dx, dy) => {
    const m = state(withAnimations({ type: 'slideIn', duration: 1, direction }), 0.5).motion;
    expect([m.dx, m.dy]).toEqual([dx, dy]);
  });

  it('slideIn ends at the resting position; slideOut leaves by `distance` in its direction', () => {
    expect(state(withAnimations({ type: 'slideIn', duration: 1 }), 1).motion.dx).toBeCloseTo(0);
    const out = withAnimations({ type: 'slideOut', duration: 1, direction: 'down', distance: 300 });
    expect(state(out, 1).motion.dy).toBe(300);
  });

  it('move: absolute position from → to (percent of the parent or px)', () => {
    const clip = withAnimations({ type: 'move', duration: 2, from: { x: '10%', y: 0 }, to: { x: '90%', y: 400 } });
    expect(state(clip, 1).placement).toMatchObject({ x: 500, y: 200 });
    expect(state(clip, 3).placement).toMatchObject({ x: 900, y: 400 });
  });

  it('move without from starts where the clip is; without to ends where the clip is', () => {
    const clip = withAnimations({ type: 'move', duration: 2, to: { x: 300 } });
    expect(state(clip, 1).placement.x).toBe(200);
    expect(state(clip, 1).placement.y).toBe(100);
    const back = withAnimations({ type: 'move', duration: 2, from: { x: 500 } });
    expect(state(back, 1).placement.x).toBe(300);
  });

  it('chained moves: the second starts where the first left the clip', () => {
    const clip = withAnimations({ type: 'move', duration: 1, to: { x: 500 } }, { type: 'move', duration: 1, delay: 2, to: { y: 300 } });
    expect(state(clip, 1.5).placement).toMatchObject({ x: 500, y: 100 });
    expect(state(clip, 2.5).placement.x).toBeCloseTo(300); // the second move's `to.x` is the clip's own x
  });

  it('scale: number or pair, absolute', () => {
    const clip = withAnimations({ type: 'scale', duration: 1, from: 1, to: [3, 2] });
    expect(state(clip, 0.5).placement).toMatchObject({ scaleX: 2, scaleY: 1.5 });
  });

  it('rotate: degrees from → to; looping restarts', () => {
    const clip = withAnimations({ type: 'rotate', duration: 1, from: 0, to: 360, loop: true });
    expect(state(clip, 0.25).placement.rotation).toBeCloseTo(90);
    expect(state(clip, 2.5).placement.rotation).toBeCloseTo(180);
  });

  it('animations run in parallel and compose', () => {
    const clip = withAnimations({ type: 'fadeIn', duration: 1 }, { type: 'fadeOut', duration: 1, delay: 0.5 });
    expect(state(clip, 0.75).opacity).toBeCloseTo(0.75 * 0.75);
  });
});

describe('keyframes', () => {
  it('interpolate between frames with the arriving frame easing and hold outside', () => {
    const frames = [{ time: 1, value: 0 }, { time: 3, value: 100, easing: 'easeInQuad' as const }];
    expect(keyframeValueAt(frames, 0, (v) => [v])).toEqual([0]);
    expect(keyframeValueAt(frames, 2, (v) => [v])?.[0]).toBeCloseTo(25);
    expect(keyframeValueAt(frames, 5, (v) => [v])).toEqual([100]);
  });

  it('drive opacity, position (percent or px), scale, rotation and numeric style', () => {
    const clip = rect({
      keyframes: [
        { property: 'opacity', frames: [{ time: 0, value: 0 }, { time: 2, value: 1 }] },
        { property: 'x', frames: [{ time: 0, value: '0%' }, { time: 2, value: 400 }] },
        { property: 'scale', frames: [{ time: 0, value: 1 }, { time: 2, value: [3, 1] }] },
        { property: 'rotation', frames: [{ time: 0, value: 0 }, { time: 2, value: 90 }] },
        { property: 'borderRadius', frames: [{ time: 0, value: 0 }, { time: 2, value: 20 }] },
        { property: 'width', frames: [{ time: 0, value: '10%' }, { time: 2, value: '30%' }] },
      ],
    });
    const s = state(clip, 1);
    expect(s.opacity).toBeCloseTo(0.5);
    expect(s.placement).toMatchObject({ x: 200, scaleX: 2, scaleY: 1, rotation: 45, width: 200 });
    expect(s.style.borderRadius).toBeCloseTo(10);
  });

  it('animations act on top of keyframed values', () => {
    const clip = rect({
      keyframes: [{ property: 'opacity', frames: [{ time: 0, value: 0.5 }] }],
      animations: [{ type: 'fadeIn', duration: 2 }],
    });
    expect(state(clip, 1).opacity).toBeCloseTo(0.25);
  });
});

describe('transitions', () => {
  const withTransition = (transition: Transition) => rect({ transition });

  it('play at entry and exit by default, capped at half the window', () => {
    const t: Transition = { type: 'fade', duration: 10 };
    expect(transitionPhaseAt(t, 1, 4)).toMatchObject({ side: 'in', visible: 0.5 });
    expect(transitionPhaseAt(t, 3, 4)).toMatchObject({ side: 'out', visible: 0.5 });
  });

  it('mode in / out restricts them to one end', () => {
    expect(transitionPhaseAt({ type: 'fade', duration: 1, mode: 'in' }, 3.5, 4)).toBeUndefined();
    expect(transitionPhaseAt({ type: 'fade', duration: 1, mode: 'out' }, 0.5, 4)).toBeUndefined();
    expect(transitionPhaseAt({ type: 'fade', duration: 1, mode: 'out' }, 3.5, 4)?.visible).toBeCloseTo(0.5);
  });

  it('fade ramps opacity', () => {
    expect(state(withTransition({ type: 'fade', duration: 1 }), 0.5).opacity).toBeCloseTo(0.5);
    expect(state(withTransition({ type: 'fade', duration: 1 }), 2).opacity).toBe(1);
  });

  it('slide enters from off-canvas against its direction and leaves along it', () => {
    const clip = withTransition({ type: 'slide', duration: 1, direction: 'left' });
    expect(state(clip, 0).motion.dx).toBe(1000);
    expect(state(clip, 0.5).motion.dx).toBe(500);
    expect(state(clip, 3.5).motion.dx).toBe(-500);
    const down = withTransition({ type: 'slide', duration: 1, direction: 'down' });
    expect(state(down, 0).motion.dy).toBe(-500);
  });

  it('push is a quarter-canvas slide with a fade', () => {
    const s = state(withTransition({ type: 'push', duration: 1, direction: 'up' }), 0.5);
    expect(s.motion.dy).toBeCloseTo(62.5);
    expect(s.opacity).toBeCloseTo(0.5);
  });

  it('wipe reveals along its direction and hides along it on exit', () => {
    const clip = withTransition({ type: 'wipe', duration: 1 });
    expect(state(clip, 0.25).clipPath).toBe('inset(0 75.000% 0 0)');
    expect(state(clip, 3.25).clipPath).toBe('inset(0 0 0 25.000%)');
    expect(state(clip, 2).clipPath).toBeUndefined();
    expect(state(withTransition({ type: 'wipe', duration: 1, direction: 'up' }), 0.5).clipPath).toBe('inset(50.000% 0 0 0)');
  });

  it('zoom scales from 1.5 with a fade; blur blurs with a fade', () => {
    const zoom = state(withTransition({ type: 'zoom', duration: 1 }), 0);
    expect([zoom.motion.scaleX, zoom.opacity]).toEqual([1.5, 0]);
    const blur = state(withTransition({ type: 'blur', duration: 1 }), 0.5);
    expect(blur.blur).toBeCloseTo(0.5 * 0.02 * 500);
    expect(blur.opacity).toBeCloseTo(0.5);
  });

  it('iris opens a circle from the centre', () => {
    expect(state(withTransition({ type: 'iris', duration: 1 }), 0.5).clipPath).toBe('circle(35.360% at 50% 50%)');
  });

  it('spin turns and grows in, turns on and shrinks out', () => {
    const clip = withTransition({ type: 'spin', duration: 1 });
    expect(state(clip, 0.5).motion).toMatchObject({ rotation: -180, scaleX: 0.5 });
    expect(state(clip, 3.5).motion).toMatchObject({ rotation: 180, scaleX: 0.5 });
  });

  it('lightSweep moves a band across without hiding the clip', () => {
    const s = state(withTransition({ type: 'lightSweep', duration: 1 }), 0.25);
    expect(s.sweep).toBeCloseTo(0.25);
    expect(s.opacity).toBe(1);
    expect(state(withTransition({ type: 'lightSweep', duration: 1 }), 2).sweep).toBeUndefined();
  });

  it('eases the transition with its easing', () => {
    expect(state(withTransition({ type: 'fade', duration: 1, easing: 'easeInQuad' }), 0.5).opacity).toBeCloseTo(0.25);
  });
});

describe('placement through clipStateAt', () => {
  it('a shape without a size takes the default size', () => {
    const s = clipStateAt({ type: 'rect', start: 0, duration: 1 }, 0, { ...context, defaultSize: canvas });
    expect(elementBox(s.placement)).toEqual({ left: 0, top: 0, width: 1000, height: 500 });
  });
});

describe('audioGainAt', () => {
  const audio = { type: 'audio', volume: 0.8, fadeIn: 1, fadeOut: 2 };
  it.each([
    [0, 0], [0.5, 0.4], [2, 0.8], [5, 0.4], [6, 0],
  ])('volume × fade ramps at t=%s → %s', (t, gain) => {
    expect(audioGainAt(audio, t, 6)).toBeCloseTo(gain);
  });

  it('is 0 when muted and follows a fade transition on audio', () => {
    expect(audioGainAt({ ...audio, muted: true }, 3, 6)).toBe(0);
    expect(audioGainAt({ type: 'audio', transition: { type: 'fade', duration: 1 } }, 0.5, 6)).toBeCloseTo(0.5);
  });
});
