import { describe, expect, it } from 'vitest';
import { constraintsLabel, fieldsOf, typeLabel } from './schema-type';

describe('typeLabel', () => {
  it.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'string', format: 'uri' }, 'string (uri)'],
    [{ anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] }, 'string (uri) | null'],
    [{ type: 'array', items: { $ref: '#/components/schemas/Task' } }, 'Task[]'],
    [{ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }, '(string | number)[]'],
    [{ type: 'boolean', const: true }, 'true'],
    [{ type: 'string', enum: ['created', 'failed'] }, '"created" | "failed"'],
    [{ type: 'object', additionalProperties: {} }, 'object'],
    [{ type: 'string', format: 'binary' }, 'file'],
    [{}, 'any'],
  ])('%j → %s', (node, expected) => {
    expect(typeLabel(node)).toBe(expected);
  });
});

describe('constraintsLabel', () => {
  it('shows ranges, lengths and defaults', () => {
    expect(constraintsLabel({ type: 'integer', minimum: 1, maximum: 100, default: 20 })).toBe('1–100, default 20');
    expect(constraintsLabel({ type: 'number', exclusiveMinimum: 0 })).toBe('> 0');
    expect(constraintsLabel({ type: 'string', maxLength: 200 })).toBe('max 200 chars');
    expect(constraintsLabel({ type: 'string' })).toBe('');
  });
});

describe('fieldsOf', () => {
  it('follows a $ref and marks required fields', () => {
    const schemas = { Body: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } }, required: ['a'] } };
    expect(fieldsOf({ $ref: '#/components/schemas/Body' }, schemas).map((f) => [f.name, f.isRequired])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
