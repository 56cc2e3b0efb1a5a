import type { EasingName } from './capabilities';

/**
 * The Penner easing curves (easings.net formulas). Each maps progress 0..1 to eased progress with
 * f(0) = 0 and f(1) = 1; Back and Elastic overshoot in between, Bounce stays within 0..1.
 */
type Curve = (t: number) => number;

const c1 = 1.70158;
const c2 = c1 * 1.525;
const c3 = c1 + 1;
const c4 = (2 * Math.PI) / 3;
const c5 = (2 * Math.PI) / 4.5;

function bounceOut(t: number): number {
  const n1 = 7.5625;
  const d1 = 2.75;
  if (t < 1 / d1) return n1 * t * t;
  if (t < 2 / d1) return n1 * (t -= 1.5 / d1) * t + 0.75;
  if (t < 2.5 / d1) return n1 * (t -= 2.25 / d1) * t + 0.9375;
  return n1 * (t -= 2.625 / d1) * t + 0.984375;
}

/** easeIn curves; easeOut and easeInOut are derived from them (except where a closed form is simpler). */
const easeIn: Record<string, Curve> = {
  Sine: (t) => 1 - Math.cos((t * Math.PI) / 2),
  Quad: (t) => t * t,
  Cubic: (t) => t ** 3,
  Quart: (t) => t ** 4,
  Quint: (t) => t ** 5,
  Expo: (t) => (t === 0 ? 0 : 2 ** (10 * t - 10)),
  Circ: (t) => 1 - Math.sqrt(1 - t * t),
  Back: (t) => c3 * t ** 3 - c1 * t * t,
  Elastic: (t) => (t === 0 ? 0 : t === 1 ? 1 : -(2 ** (10 * t - 10)) * Math.sin((t * 10 - 10.75) * c4)),
  Bounce: (t) => 1 - bounceOut(1 - t),
};

const easeInOutOverrides: Record<string, Curve> = {
  // Penner's Back/Elastic in-out use their own constants rather than mirroring the easeIn curve.
  Back: (t) =>
    t < 0.5
      ? ((2 * t) ** 2 * ((c2 + 1) * 2 * t - c2)) / 2
      : ((2 * t - 2) ** 2 * ((c2 + 1) * (t * 2 - 2) + c2) + 2) / 2,
  Elastic: (t) =>
    t === 0 ? 0 : t === 1 ? 1
      : t < 0.5 ? -(2 ** (20 * t - 10) * Math.sin((20 * t - 11.125) * c5)) / 2
        : (2 ** (-20 * t + 10) * Math.sin((20 * t - 11.125) * c5)) / 2 + 1,
};

const curves = new Map<string, Curve>([['linear', (t) => t]]);
for (const [family, inCurve] of Object.entries(easeIn)) {
  curves.set(`easeIn${family}`, inCurve);
  curves.set(`easeOut${family}`, (t) => 1 - inCurve(1 - t));
  curves.set(
    `easeInOut${family}`,
    easeInOutOverrides[family] ?? ((t) => (t < 0.5 ? inCurve(2 * t) / 2 : 1 - inCurve(2 - 2 * t) / 2)),
  );
}

/** The curve for an easing name (`linear` when omitted). Input is clamped to 0..1. */
export function easingFunction(name: EasingName | undefined): Curve {
  const curve = curves.get(name ?? 'linear') ?? ((t: number) => t);
  return (t) => curve(Math.min(1, Math.max(0, t)));
}

/** `ease('easeInQuad', 0.5)` → 0.25. */
export function ease(name: EasingName | undefined, t: number): number {
  return easingFunction(name)(t);
}
