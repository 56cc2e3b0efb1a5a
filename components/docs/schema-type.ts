/** A JSON Schema node as the docs page reads it (the subset zod emits). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** `#/components/schemas/Task` → `Task` */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/**
 * A short, readable type: `string (uri) | null`, `Task[]`, `"created"`, `1 ≤ integer ≤ 100`.
 * Examples: `{ type: 'array', items: { $ref: '…/Task' } }` → `Task[]`.
 */
export function typeLabel(node: SchemaNode | undefined): string {
  if (!node || Object.keys(node).length === 0) return 'any';
  if (node.$ref) return refName(node.$ref);
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map(typeLabel).join(' | ');
  if (node.allOf) return node.allOf.map(typeLabel).join(' & ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  if (type === 'array') {
    if (node.prefixItems) return `[${node.prefixItems.map(typeLabel).join(', ')}]`;
    const inner = typeLabel(node.items);
    return inner.includes(' ') ? `(${inner})[]` : `${inner}[]`;
  }
  if (type === 'object' && !node.properties && node.additionalProperties && typeof node.additionalProperties === 'object') {
    return 'object';
  }
  if (type === 'string' && node.format) return node.format === 'binary' ? 'file' : `string (${node.format})`;
  return type ?? 'any';
}

/** Bounds and defaults worth a mention: `1–100`, `max 200 chars`, `default 20`. */
export function constraintsLabel(node: SchemaNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const min = node.minimum ?? node.exclusiveMinimum;
  if (min !== undefined && node.maximum !== undefined) parts.push(`${min}–${node.maximum}`);
  else if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
  else if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
  else if (node.maximum !== undefined) parts.push(`≤ ${node.maximum}`);
  if (node.maxLength !== undefined) parts.push(`max ${node.maxLength} chars`);
  if (node.minItems !== undefined) parts.push(`at least ${node.minItems}`);
  if (node.default !== undefined) parts.push(`default ${JSON.stringify(node.default)}`);
  return parts.join(', ');
}

/** The object fields of a schema (following one `$ref`), for a field table. */
export function fieldsOf(node: SchemaNode | undefined, schemas: Record<string, SchemaNode>) {
  const target = node?.$ref ? schemas[refName(node.$ref)] : node;
  if (!target?.properties) return [];
  const required = new Set(target.required ?? []);
  return Object.entries(target.properties).map(([name, field]) => ({ name, field, isRequired: required.has(name) }));
}
