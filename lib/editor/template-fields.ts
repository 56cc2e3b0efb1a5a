import { z } from 'zod';
import { templateParams, type TemplateLike } from '../video';
import { templates } from '../video/templates';

export type TemplateFieldKind = 'text' | 'longText' | 'number' | 'boolean' | 'lines' | 'color' | 'json';

export interface TemplateField {
  key: string;
  kind: TemplateFieldKind;
  /** What the template expands with now (defaults → variant → data → overrides.data). */
  value: unknown;
  /** Set in the clip's own `data` (else it comes from a default or the variant). */
  isOwn: boolean;
}

const colorKeys = /colou?r$|^background$/i;
const longTextKeys = /^(text|quote|tagline|subtitle)$/;

/** The schema node under optional/default/nullable wrappers. */
function bare(schema: z.ZodType): z.ZodType {
  let node = schema;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
  return node;
}

function kindOf(key: string, schema: z.ZodType | undefined, value: unknown): TemplateFieldKind {
  const node = schema ? bare(schema) : undefined;
  const isString = node instanceof z.ZodString || (node === undefined && typeof value === 'string');
  if (isString) return colorKeys.test(key) ? 'color' : longTextKeys.test(key) ? 'longText' : 'text';
  if (node instanceof z.ZodNumber || (node === undefined && typeof value === 'number')) return 'number';
  if (node instanceof z.ZodBoolean || (node === undefined && typeof value === 'boolean')) return 'boolean';
  const isStringList = node instanceof z.ZodArray ? bare(node.element as z.ZodType) instanceof z.ZodString : Array.isArray(value) && value.every((v) => typeof v === 'string');
  return isStringList ? 'lines' : 'json';
}

/**
 * The parameters a template clip takes, for the inspector: every field its data schema names (in
 * the schema's order), then any other key its data has, each with the kind of field that edits it.
 */
export function templateFields(clip: TemplateLike): TemplateField[] {
  const schema = templates[clip.template].schema;
  const shape: Record<string, z.ZodType> = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const { params } = templateParams(clip);
  const keys = [...new Set([...Object.keys(shape), ...Object.keys(params)])];
  return keys.map((key) => ({ key, kind: kindOf(key, shape[key], params[key]), value: params[key], isOwn: clip.data !== undefined && key in clip.data }));
}

/** The variants a template offers ("default" first). */
export const templateVariants = (clip: TemplateLike): string[] => ['default', ...Object.keys(templates[clip.template].variants)];
