import type { EasingName } from './capabilities';
import { ease } from './easing';
import { noMotion, placeElement, resolveLength, scalePair, type Motion, type Placement, type Size } from './geometry';
import type { Animation, AnyClip, Direction, Keyframe, Style, Transition } from './schema';

/**
 * What a clip looks like at one moment: the pure half of the composition, so every animation,
 * keyframe and transition rule is unit tested without a browser. Times are seconds from the clip's
 * start (§8: "times inside them are measured from the clip's start").
 *
 * Order of application (docs/video-config.md §Motion):
 * 1. the clip's own transform/opacity/style;
 * 2. keyframes replace those values (opacity, x, y, width, height, scale, scaleX/Y, rotation, skew,
 *    numeric style fields);
 * 3. `move`, `scale` and `rotate` animations replace position/scale/rotation while they run (and hold
 *    their end value after; the first one holds its `from` before it starts);
 * 4. fade/zoom animations multiply opacity/scale, slide animations add an offset;
 * 5. the transition multiplies/adds on top at the clip's entry and exit.
 */
export interface FrameState {
  /** Position, size, scale, rotation after keyframes and move/scale/rotate animations. */
  placement: Placement;
  /** Offsets and multipliers from slide/zoom animations and transitions. */
  motion: Motion;
  /** Final opacity, 0–1. */
  opacity: number;
  /** The clip's style with keyframed numeric fields applied. */
  style: Style;
  /** Extra blur in px (blur transition). */
  blur: number;
  /** CSS clip-path while a wipe or iris transition runs. */
  clipPath: string | undefined;
  /** 0–1 position of the light band while a lightSweep transition runs. */
  sweep: number | undefined;
}

export interface FrameContext {
  /** The canvas: slide transitions travel across it, blur scales with it. */
  canvas: Size;
  /** What percentages in transform/keyframes refer to: the canvas, or the parent layout box. */
  parent: Size;
  /** The clip's effective duration in seconds (its window). */
  windowDuration: number;
  /** Size for a missing transform.width/height (shapes fill their parent; text/media: intrinsic). */
  defaultSize?: Partial<Size>;
}

/** Distance (px) slideIn/slideOut travel when `distance` is omitted. */
export const DEFAULT_SLIDE_DISTANCE = 200;

const directionVector: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Eased progress of one animation at clip time `t`, with CSS `fill-mode: both` semantics:
 * 0 before `delay`, 1 after the last cycle. Looping restarts each cycle (no ping-pong);
 * `loop: true` repeats until the clip's window ends.
 */
export function animationProgress(
  animation: { duration: number; delay?: number; easing?: EasingName; loop?: boolean | number },
  t: number,
): number {
  const local = t - (animation.delay ?? 0);
  if (local <= 0) return ease(animation.easing, 0);
  const cycles = animation.loop === true ? Number.POSITIVE_INFINITY : typeof animation.loop === 'number' ? animation.loop : 1;
  if (local >= cycles * animation.duration) return ease(animation.easing, 1);
  return ease(animation.easing, (local % animation.duration) / animation.duration);
}

const lerp = (a: number, b: number, p: number) => a + (b - a) * p;
const lerpVec = (a: readonly number[], b: readonly number[], p: number) => a.map((v, i) => lerp(v, b[i] ?? v, p));

/**
 * A keyframe track's value at `t` (§8.2): before the first frame the first value holds, after the
 * last the last one; between two frames the arriving frame's `easing` shapes the segment.
 * Frames need not be sorted. `toVec` maps a value to numbers so lengths and pairs interpolate.
 */
export function keyframeValueAt<V>(
  frames: readonly { time: number; value: V; easing?: EasingName }[],
  t: number,
  toVec: (value: V) => number[],
): number[] | undefined {
  const sorted = [...frames].sort((a, b) => a.time - b.time);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (t <= first.time) return toVec(first.value);
  if (t >= last.time) return toVec(last.value);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a === undefined || b === undefined || t > b.time) continue;
    const span = b.time - a.time;
    const p = span <= 0 ? 1 : ease(b.easing, (t - a.time) / span);
    return lerpVec(toVec(a.value), toVec(b.value), p);
  }
  return toVec(last.value);
}

type NumericStyleKey = 'fontSize' | 'letterSpacing' | 'lineHeight' | 'strokeWidth' | 'borderRadius' | 'shadowBlur';

function applyKeyframe(track: Keyframe, t: number, state: { placement: Placement; opacity: number; style: Style }, parent: Size): void {
  const p = state.placement;
  switch (track.property) {
    case 'opacity': {
      const v = keyframeValueAt(track.frames, t, (x) => [x]);
      if (v?.[0] !== undefined) state.opacity = v[0];
      return;
    }
    case 'x':
    case 'y':
    case 'width':
    case 'height': {
      const reference = track.property === 'x' || track.property === 'width' ? parent.width : parent.height;
      const v = keyframeValueAt(track.frames, t, (x) => [resolveLength(x, reference)]);
      if (v?.[0] !== undefined) p[track.property] = v[0];
      return;
    }
    case 'scale': {
      const v = keyframeValueAt(track.frames, t, (x) => scalePair(x));
      if (v?.[0] !== undefined && v[1] !== undefined) [p.scaleX, p.scaleY] = [v[0], v[1]];
      return;
    }
    case 'scaleX':
    case 'scaleY':
    case 'rotation':
    case 'skewX':
    case 'skewY': {
      const v = keyframeValueAt(track.frames, t, (x) => [x]);
      if (v?.[0] !== undefined) p[track.property] = v[0];
      return;
    }
    case 'drawStart':
    case 'drawEnd':
      return; // the stroke drawer reads these (curveDrawRange)
    default: {
      const key: NumericStyleKey = track.property;
      const v = keyframeValueAt(track.frames, t, (x) => [x]);
      if (v?.[0] !== undefined) state.style = { ...state.style, [key]: v[0] };
    }
  }
}

/** An override animation (move/scale/rotate) reduced to vectors over one property. */
interface OverrideStep {
  start: number;
  from: (current: number[]) => number[];
  to: (base: number[]) => number[];
  progress: (t: number) => number;
}

/**
 * The value of one property driven by consecutive override animations. The latest-started one wins;
 * an omitted `from` is wherever the earlier ones had brought the property when this one starts; an
 * omitted `to` is the clip's own value.
 */
function overrideValue(steps: OverrideStep[], base: number[], t: number): number[] {
  let value = base;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined) break;
    if (t < step.start) {
      if (i === 0) value = step.from(base);
      break;
    }
    const from = step.from(overrideValue(steps.slice(0, i), base, step.start));
    value = lerpVec(from, step.to(base), step.progress(t));
  }
  return value;
}

function overrideSteps(animations: readonly Animation[], type: 'move' | 'scale' | 'rotate', parent: Size): OverrideStep[] {
  const steps: OverrideStep[] = [];
  for (const a of animations) {
    if (a.type !== type) continue;
    const progress = (t: number) => animationProgress(a, t);
    const start = a.delay ?? 0;
    if (a.type === 'move') {
      const point = (pt: typeof a.from, current: number[]) => [
        pt?.x === undefined ? (current[0] ?? 0) : resolveLength(pt.x, parent.width),
        pt?.y === undefined ? (current[1] ?? 0) : resolveLength(pt.y, parent.height),
      ];
      steps.push({ start, progress, from: (c) => point(a.from, c), to: (b) => point(a.to, b) });
    } else if (a.type === 'scale') {
      steps.push({
        start,
        progress,
        from: (c) => (a.from === undefined ? c : scalePair(a.from)),
        to: (b) => (a.to === undefined ? b : scalePair(a.to)),
      });
    } else if (a.type === 'rotate') {
      steps.push({
        start,
        progress,
        from: (c) => (a.from === undefined ? c : [a.from]),
        to: (b) => (a.to === undefined ? b : [a.to]),
      });
    }
  }
  // Stable sort: equal delays keep document order, so the later-listed one wins.
  return steps.sort((x, y) => x.start - y.start);
}

/** Transition length actually used: at most half the window when it plays at both ends. */
export function transitionDuration(transition: Transition, windowDuration: number): number {
  const mode = transition.mode ?? 'both';
  return Math.max(0, Math.min(transition.duration, mode === 'both' ? windowDuration / 2 : windowDuration));
}

/** Default motion direction of slide/push (content moves left) and wipe (the edge moves right). */
export function transitionDirection(transition: Transition): Direction {
  return transition.direction ?? (transition.type === 'wipe' ? 'right' : 'left');
}

interface TransitionPhase {
  side: 'in' | 'out';
  /** How much of the element shows: 0 at the very start of entry / end of exit, 1 otherwise. */
  visible: number;
  /** Linear progress 0..1 through this phase (used by lightSweep). */
  progress: number;
}

/** Which transition phase (if any) is running at `t`. */
export function transitionPhaseAt(transition: Transition, t: number, windowDuration: number): TransitionPhase | undefined {
  const d = transitionDuration(transition, windowDuration);
  if (d <= 0) return undefined;
  const mode = transition.mode ?? 'both';
  if (mode !== 'out' && t < d) {
    const progress = Math.max(0, t / d);
    return { side: 'in', visible: ease(transition.easing, progress), progress };
  }
  const exitStart = windowDuration - d;
  if (mode !== 'in' && t > exitStart) {
    const progress = Math.min(1, (t - exitStart) / d);
    return { side: 'out', visible: 1 - ease(transition.easing, progress), progress };
  }
  return undefined;
}

function wipeClipPath(direction: Direction, side: 'in' | 'out', hidden: number): string {
  const h = `${(hidden * 100).toFixed(3)}%`;
  // inset(top right bottom left). Entry reveals along the direction; exit hides along it, so the
  // edge keeps travelling the same way in both phases.
  const inset: Record<Direction, Record<'in' | 'out', string>> = {
    right: { in: `inset(0 ${h} 0 0)`, out: `inset(0 0 0 ${h})` },
    left: { in: `inset(0 0 0 ${h})`, out: `inset(0 ${h} 0 0)` },
    down: { in: `inset(0 0 ${h} 0)`, out: `inset(${h} 0 0 0)` },
    up: { in: `inset(${h} 0 0 0)`, out: `inset(0 0 ${h} 0)` },
  };
  return inset[direction][side];
}

/** The state of a clip at clip time `t` (seconds from its start). */
export function clipStateAt(clip: AnyClip, t: number, context: FrameContext): FrameState {
  const { canvas, parent, windowDuration } = context;
  const state = {
    placement: placeElement(clip.transform, parent, context.defaultSize),
    opacity: clip.style?.opacity ?? clip.opacity ?? 1,
    style: clip.style ?? {},
  };
  for (const track of clip.keyframes ?? []) applyKeyframe(track, t, state, parent);

  const animations = clip.animations ?? [];
  const p = state.placement;
  const position = overrideValue(overrideSteps(animations, 'move', parent), [p.x, p.y], t);
  const scale = overrideValue(overrideSteps(animations, 'scale', parent), [p.scaleX, p.scaleY], t);
  const rotation = overrideValue(overrideSteps(animations, 'rotate', parent), [p.rotation], t);
  const placement: Placement = {
    ...p,
    x: position[0] ?? p.x,
    y: position[1] ?? p.y,
    scaleX: scale[0] ?? p.scaleX,
    scaleY: scale[1] ?? p.scaleY,
    rotation: rotation[0] ?? p.rotation,
  };

  const motion: Motion = { ...noMotion };
  let opacity = state.opacity;
  for (const a of animations) {
    const progress = animationProgress(a, t);
    switch (a.type) {
      case 'fadeIn':
        opacity *= progress;
        break;
      case 'fadeOut':
        opacity *= 1 - progress;
        break;
      case 'zoomIn':
        motion.scaleX *= progress;
        motion.scaleY *= progress;
        break;
      case 'zoomOut':
        motion.scaleX *= 1 - progress;
        motion.scaleY *= 1 - progress;
        break;
      case 'slideIn':
      case 'slideOut': {
        // slideIn "up" rises from below: it starts `distance` against its direction and arrives.
        const [vx, vy] = directionVector[a.direction ?? 'left'];
        const distance = a.distance ?? DEFAULT_SLIDE_DISTANCE;
        const offset = a.type === 'slideIn' ? -(1 - progress) * distance : progress * distance;
        motion.dx += vx * offset;
        motion.dy += vy * offset;
        break;
      }
      default:
        break;
    }
  }

  let blur = 0;
  let clipPath: string | undefined;
  let sweep: number | undefined;
  const phase = clip.transition && clip.type !== 'audio' ? transitionPhaseAt(clip.transition, t, windowDuration) : undefined;
  if (clip.transition && phase) {
    const { side, visible } = phase;
    const hidden = 1 - visible;
    const direction = transitionDirection(clip.transition);
    const [vx, vy] = directionVector[direction];
    const sign = side === 'in' ? -1 : 1;
    switch (clip.transition.type) {
      case 'fade':
        opacity *= visible;
        break;
      case 'slide':
      case 'push': {
        // slide crosses the whole canvas (enters from off-canvas); push is a short slide with a fade.
        const reach = clip.transition.type === 'slide' ? 1 : 0.25;
        const travel = (Math.abs(vx) * canvas.width + Math.abs(vy) * canvas.height) * reach;
        motion.dx += sign * vx * travel * hidden;
        motion.dy += sign * vy * travel * hidden;
        if (clip.transition.type === 'push') opacity *= visible;
        break;
      }
      case 'wipe':
        if (hidden > 0) clipPath = wipeClipPath(direction, side, hidden);
        break;
      case 'zoom':
        motion.scaleX *= 1 + 0.5 * hidden;
        motion.scaleY *= 1 + 0.5 * hidden;
        opacity *= visible;
        break;
      case 'blur':
        blur += hidden * 0.02 * Math.min(canvas.width, canvas.height);
        opacity *= visible;
        break;
      case 'iris':
        // circle() percentages refer to sqrt(w² + h²)/√2; 70.72 % of that reaches the corners.
        if (hidden > 0) clipPath = `circle(${(visible * 70.72).toFixed(3)}% at 50% 50%)`;
        break;
      case 'spin':
        motion.rotation += sign * 360 * hidden;
        motion.scaleX *= visible;
        motion.scaleY *= visible;
        break;
      case 'lightSweep':
        sweep = phase.progress;
        break;
    }
  }

  return {
    placement,
    motion,
    opacity: Math.min(1, Math.max(0, opacity)),
    style: state.style,
    blur,
    clipPath,
    sweep,
  };
}

/**
 * Gain of an audio (or video) clip at clip time `t` (§7.4): volume × fadeIn ramp × fadeOut ramp,
 * × a `fade` transition when one is set on an audio clip (the "audio automation" of the spec:
 * visual transitions become volume ramps). Muted → 0.
 */
export function audioGainAt(
  clip: { volume?: number; muted?: boolean; fadeIn?: number; fadeOut?: number; transition?: Transition; type: string },
  t: number,
  windowDuration: number,
): number {
  if (clip.muted === true) return 0;
  let gain = clip.volume ?? 1;
  if (clip.fadeIn !== undefined && clip.fadeIn > 0) gain *= Math.min(1, Math.max(0, t / clip.fadeIn));
  if (clip.fadeOut !== undefined && clip.fadeOut > 0) gain *= Math.min(1, Math.max(0, (windowDuration - t) / clip.fadeOut));
  if (clip.type === 'audio' && clip.transition?.type === 'fade') {
    const phase = transitionPhaseAt(clip.transition, t, windowDuration);
    if (phase) gain *= phase.visible;
  }
  return gain;
}
