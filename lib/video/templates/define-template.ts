import { z } from 'zod';
import type { TemplateName } from '../capabilities';
import type { Clip, Meta, Style } from '../schema';

/** What a template's expand function knows besides its data: the template clip's window and the canvas. */
export interface TemplateContext {
  start: number;
  duration: number;
  meta: Meta;
}

/** A registered template with its data type erased, so the registry needs no `any`. */
export interface TemplateDefinition {
  name: TemplateName;
  /** Validates the merged parameters (defaults → variant → data → overrides.data). */
  schema: z.ZodType;
  defaults: Record<string, unknown>;
  variants: Record<string, Record<string, unknown>>;
  /** Ordinary top-level clips, inside [start, start + duration), zIndex 0 (the caller offsets it). */
  expand(params: unknown, context: TemplateContext): Clip[];
}

/** Ties a data schema to its expand function; the result checks its input before expanding. */
export function defineTemplate<S extends z.ZodType>(definition: {
  name: TemplateName;
  schema: S;
  defaults?: Partial<z.input<S>>;
  variants?: Record<string, Partial<z.input<S>>>;
  expand: (data: z.output<S>, context: TemplateContext) => Clip[];
}): TemplateDefinition {
  return {
    name: definition.name,
    schema: definition.schema,
    defaults: { ...(definition.defaults ?? {}) },
    variants: { ...(definition.variants ?? {}) },
    expand(params, context) {
      return definition.expand(definition.schema.parse(params), context);
    },
  };
}

/** Theme parameters every template accepts; variants mostly set these. */
export const themeFields = {
  /** Full-canvas colour drawn under the template's clips; omitted → nothing (the canvas background shows). */
  background: z.string().min(1).optional(),
  textColor: z.string().min(1).optional(),
  accentColor: z.string().min(1).optional(),
  fontFamily: z.string().optional(),
};

export const lightTheme = { background: '#f6f6f4', textColor: '#111111', accentColor: '#2563eb' };
export const darkTheme = { background: '#0b0b10', textColor: '#ffffff', accentColor: '#facc15' };

/** A full-canvas background rect when the theme asks for one. */
export function backgroundClips(background: string | undefined, context: TemplateContext): Clip[] {
  if (background === undefined) return [];
  return [{ type: 'rect', start: context.start, duration: context.duration, style: { fill: background } }];
}

/** Font size as a fraction of the canvas height, so templates look the same at 720p and 4K. */
export function fontSizeFor(meta: Meta, fractionOfHeight: number): number {
  return Math.max(8, Math.round(meta.height * fractionOfHeight));
}

export function textStyle(
  data: { textColor?: string | undefined; fontFamily?: string | undefined },
  style: Style,
): Style {
  return { fill: data.textColor ?? '#ffffff', ...(data.fontFamily ? { fontFamily: data.fontFamily } : {}), ...style };
}
