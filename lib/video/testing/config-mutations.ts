import { clipTypes, unsupportedClipTypes } from '../capabilities';

// Seeded mutations of configs, shared by the validator's fuzz test (lib/video/validate.fuzz.test.ts)
// and the API's (e2e/api/config-fuzz.spec.ts), so a failure replays from its seed in either.

/** A small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Node = unknown;
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

export function mutate(doc: Node, random: () => number): Node {
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

