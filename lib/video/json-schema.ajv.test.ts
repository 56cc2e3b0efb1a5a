import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { videoConfigJsonSchema } from './json-schema';
import { brokenConfigs } from './testing/broken-configs';
import { loadFixtures } from './testing/load-fixtures';

// An independent validator (ajv, not zod) over the document GET /api/v1/schema serves: it proves the
// schema is a usable draft 2020-12 document and that it agrees with validateVideoConfig wherever
// JSON Schema can say the rule.
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(videoConfigJsonSchema());

/**
 * Broken configs the JSON Schema accepts, because the rule is a zod refinement or a check
 * validateVideoConfig makes after parsing, which z.toJSONSchema cannot emit:
 * - comparisons between two fields (source end after start, word end after start, countdown from ≥ to);
 * - references across the document (a `$ref` names an existing asset of the right pool, unique asset ids);
 * - "one of these fields is required" written as a refinement (svg needs `svg` or `src`);
 * - template `data`, which is free-form in the schema and checked per template by expandTemplate;
 * - icon names (the bundled sets are too big to list in the schema), a three object's shape-or-model.
 * Listed so the test fails if one of them becomes expressible (or if the schema loosens elsewhere).
 */
const notExpressibleInJsonSchema = new Set([
  'a trim that ends before it starts',
  'a $ref to a missing image',
  'a $ref into the wrong pool',
  'duplicate asset ids',
  'a word that ends before it starts',
  'an svg with neither svg nor src',
  'a slideshow without images',
  'a slideshow image that is a number',
  'a bad value coming from overrides.data',
  'a $ref in template data to a missing image',
  'a quote without its text',
  'a countdown that counts up',
  'a list without items',
  'a product-intro without a name',
  'subtitle-video without words',
  'an unknown icon name',
  'an icon set that is not bundled',
  'an unknown icon deep in layouts',
  'a three object with neither shape nor model',
  'a three model $ref that is missing',
]);

describe('videoConfigJsonSchema under ajv (draft 2020-12)', () => {
  it('is a draft 2020-12 document, so Ajv2020 is the matching validator', () => {
    expect(videoConfigJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(loadFixtures())('accepts the fixture %s', (_name, fixture) => {
    validate(fixture);
    expect(validate.errors?.slice(0, 3) ?? []).toEqual([]);
  });

  const expressible = brokenConfigs.filter(([what]) => !notExpressibleInJsonSchema.has(what));
  it.each(expressible)('rejects %s', (_what, input) => {
    expect(validate(input)).toBe(false);
  });

  const refinementsOnly = brokenConfigs.filter(([what]) => notExpressibleInJsonSchema.has(what));
  it('lists only broken configs that exist', () => {
    expect(refinementsOnly.length).toBe(notExpressibleInJsonSchema.size);
  });
  it.each(refinementsOnly)('accepts %s (a rule only validateVideoConfig checks)', (_what, input) => {
    expect(validate(input)).toBe(true);
  });
});
