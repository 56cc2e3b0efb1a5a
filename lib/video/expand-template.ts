import type { z } from 'zod';
import type { PathSegment } from './config-issue';
import type { Clip, Meta, Style, TemplateClip, Transition } from './schema';
import { templates } from './templates';

/** A template clip at the top level or inside a layout (where start/duration are optional). */
export type TemplateLike = Omit<TemplateClip, 'start' | 'duration'> & { start?: number; duration?: number };

/**
 * The parameters a template expands with: its defaults, then the variant's, then `data`, then
 * `overrides.data` (a shallow merge, last wins). An unknown variant falls back to the defaults with
 * a warning (spec §7.10: not an error).
 */
export function templateParams(clip: TemplateLike): { params: Record<string, unknown>; warning?: string } {
  const definition = templates[clip.template];
  const variant = clip.variant === undefined || clip.variant === 'default' ? {} : definition.variants[clip.variant];
  const params = { ...definition.defaults, ...(variant ?? {}), ...(clip.data ?? {}), ...(clip.overrides?.data ?? {}) };
  if (variant !== undefined) return { params };
  const known = ['default', ...Object.keys(definition.variants)].join(', ');
  return { params, warning: `unknown variant "${clip.variant}" of template "${clip.template}"; using its defaults (variants: ${known})` };
}

/**
 * Checks a template's merged parameters; each problem is reported at the field that supplied it
 * (`data.images[0].image` or `overrides.data.images`), relative to the template clip.
 */
export function templateDataIssues(clip: TemplateLike): { path: PathSegment[]; message: string; issue: z.core.$ZodIssue }[] {
  const { params } = templateParams(clip);
  const parsed = templates[clip.template].schema.safeParse(params);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const key = first === undefined ? undefined : String(first);
    const base: PathSegment[] = key !== undefined && clip.overrides?.data && key in clip.overrides.data ? ['overrides', 'data'] : ['data'];
    const path = [...base, ...(key === undefined ? [] : [key]), ...rest.map((p) => (typeof p === 'number' ? p : String(p)))];
    return { path, message: issue.message, issue };
  });
}

/**
 * Expands a template clip into ordinary clips (§7.10): zIndex = the template's zIndex +
 * overrides.zIndexOffset; overrides.style merged into every non-audio clip's style; overrides.transition
 * given to non-audio clips without one. Generated clips never leave the template's window.
 * Throws if the data is invalid (validateVideoConfig reports that first).
 */
export function expandTemplate(clip: TemplateLike, meta: Meta, window: { start: number; duration: number }): Clip[] {
  const { params } = templateParams(clip);
  const generated = templates[clip.template].expand(params, { ...window, meta });
  const end = window.start + window.duration;
  const zIndex = (clip.zIndex ?? 0) + (clip.overrides?.zIndexOffset ?? 0);
  const overrideStyle: Style | undefined = clip.overrides?.style;
  const overrideTransition: Transition | undefined = clip.overrides?.transition;
  const clips: Clip[] = [];
  for (const g of generated) {
    const start = Math.max(g.start, window.start);
    const duration = Math.min(g.start + g.duration, end) - start;
    if (duration <= 1e-9) continue;
    const placed = { ...g, start, duration, zIndex: zIndex + (g.zIndex ?? 0) };
    if (placed.type !== 'audio') {
      if (overrideStyle) placed.style = { ...placed.style, ...overrideStyle };
      if (overrideTransition && placed.transition === undefined) placed.transition = overrideTransition;
    }
    clips.push(placed);
  }
  return clips;
}
