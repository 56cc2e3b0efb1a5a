import { describe, expect, it } from 'vitest';
import { templateFields, templateVariants } from './template-fields';

describe('templateFields', () => {
  it('lists the schema fields with their kinds and the merged values', () => {
    const fields = templateFields({ type: 'template', template: 'list', data: { items: ['A', 'B'], extra: { n: 1 } } });
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.items).toMatchObject({ kind: 'lines', value: ['A', 'B'], isOwn: true });
    expect(byKey.stagger).toMatchObject({ kind: 'number', value: 0.4, isOwn: false });
    expect(byKey.accentColor).toMatchObject({ kind: 'color' });
    expect(byKey.title).toMatchObject({ kind: 'text' });
    expect(byKey.extra).toMatchObject({ kind: 'json' });
  });

  it('offers the default and the registered variants', () => {
    expect(templateVariants({ type: 'template', template: 'list' })).toEqual(['default', 'dark', 'light', 'numbered']);
  });
});
