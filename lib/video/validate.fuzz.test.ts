import { describe, expect, it } from 'vitest';
import { clipTypes, unsupportedClipTypes } from './capabilities';
import { durationInFrames, effectiveDuration } from './timing';
import { clipStateAt } from './motion';
import { normalizeVideoConfig } from './normalize';
import { paintOrder } from './paint-order';
import { subtitleViewAt } from './subtitle-view';
import { loadFixtures } from './testing/load-fixtures';
import { validateVideoConfig } from './validate';

/** A small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Node = unknown;
const nasty: Node[] = [
  null, true, false, 0, -1, 1e308, -1e-308, 0.5, 2, 1e9, '', ' ', '50%', '-20%', 'abc', '#ff0000', 'transparent', '__proto__',
  [], {}, [0, 0], [1, 2, 3], { $ref: 'missing' }, { $ref: 'cover' }, { src: 'media/words.json' }, { type: 'rect' },
  { type: 'text', text: 'x', start: 0, duration: 1 }, { type: 'layout', start: 0, duration: 1, children: [] },
  ...clipTypes, ...unsupportedClipTypes, 'fadeIn', 'easeOutBounce', 'wipe',
];

/** Every container (object or array) in the tree, with its parent chain implicit. */
function containers(root: Node): (Record<string, Node> | Node[])[] {
  const out: (Record<string, Node> | Node[])[] = [];
  const walk = (n: Node) => {
    if (n === null || typeof n !== 'object') return;
    out.push(n as Record<string, Node> | Node[]);
    for (const v of Object.values(n)) walk(v);
  };
  walk(root);
  return out;
}

function mutate(doc: Node, random: () => number): Node {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const all = containers(doc);
  const target = pick(all);
  if (target === undefined) return pick(nasty);
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(keys) : '0';
  const record = target as Record<string, Node>;
  switch (Math.floor(random() * 7)) {
    case 0: // delete a key / array item
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete record[key];
      break;
    case 1: // replace a value with something nasty
      record[key] = structuredClone(pick(nasty));
      break;
    case 2: // add a surprising key
      record[pick(['extra', 'type', 'start', 'duration', 'children', 'words', 'src', 'x', 'from', 'loop', '__proto__', 'constructor'])] = structuredClone(pick(nasty));
      break;
    case 3: // duplicate a sibling (exercises duplicate ids, deep nesting, huge arrays)
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else record[key] = structuredClone(target);
      break;
    case 4: // numeric perturbation
      if (typeof record[key] === 'number') record[key] = pick([-record[key], record[key] * 1e6, record[key] + 0.5, 0, Number.MAX_SAFE_INTEGER]);
      break;
    case 5: // wrap a value in an array or object
      record[key] = random() < 0.5 ? [record[key]] : { value: record[key] };
      break;
    default: // swap a clip type
      if ('type' in record) record.type = pick([...clipTypes, ...unsupportedClipTypes, 'bogus']);
      break;
  }
  return doc;
}

/** Everything the composition does with a valid config, minus React. Must not throw. */
function exercise(config: Parameters<typeof normalizeVideoConfig>[0]) {
  const { config: normalized } = normalizeVideoConfig(config);
  const frames = durationInFrames(normalized);
  expect(Number.isFinite(frames)).toBe(true);
  const canvas = { width: normalized.meta.width, height: normalized.meta.height };
  for (const { clip } of paintOrder(normalized)) {
    const window = effectiveDuration(clip);
    for (const t of [0, window / 2, window]) {
      const state = clipStateAt(clip, t, { canvas, parent: canvas, windowDuration: window, defaultSize: canvas });
      expect(Number.isNaN(state.opacity)).toBe(false);
    }
    if (clip.type === 'subtitle' && Array.isArray(clip.words)) subtitleViewAt(clip.words, clip.config, 1);
  }
}

describe('fuzz: random mutations of the fixtures', () => {
  const fixtures = loadFixtures().map(([, f]) => f);

  it('never throw, never hang, and always yield a result with issues or a drawable config', () => {
    const seed = 20250101;
    const random = prng(seed);
    const started = Date.now();
    let valid = 0;
    const iterations = 4000;
    for (let i = 0; i < iterations; i++) {
      const doc = structuredClone(fixtures[i % fixtures.length]);
      let mutated: Node = doc;
      const count = 1 + Math.floor(random() * 4);
      for (let m = 0; m < count; m++) mutated = mutate(mutated, random);
      let result: ReturnType<typeof validateVideoConfig>;
      try {
        result = validateVideoConfig(mutated);
      } catch (error) {
        throw new Error(`validateVideoConfig threw on iteration ${i} (seed ${seed}): ${String(error)}\n${JSON.stringify(mutated).slice(0, 2000)}`);
      }
      if (result.success) {
        valid++;
        exercise(result.config);
      } else {
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }
    }
    // Both outcomes are exercised, and the whole run stays fast (no pathological backtracking).
    expect(valid).toBeGreaterThan(iterations * 0.05);
    expect(valid).toBeLessThan(iterations * 0.95);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 30_000);
});
