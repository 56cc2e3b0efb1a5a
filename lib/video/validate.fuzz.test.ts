import { describe, expect, it } from 'vitest';
import { durationInFrames, effectiveDuration } from './timing';
import { clipStateAt } from './motion';
import { normalizeVideoConfig } from './normalize';
import { paintOrder } from './paint-order';
import { subtitleViewAt } from './subtitle-view';
import { mutate, prng } from './testing/config-mutations';
import { loadFixtures } from './testing/load-fixtures';
import { validateVideoConfig } from './validate';

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
      let mutated: unknown = doc;
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
