import type { z } from 'zod';
import { videoConfigSchema, type VideoConfig } from './schema';

/** One problem in a config: where (`tracks[0].clips[2].duration`) and what. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { success: true; config: VideoConfig }
  | { success: false; issues: ConfigIssue[] };

/** `['tracks', 0, 'clips', 2, 'duration']` → `tracks[0].clips[2].duration` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return issue.inclusive ? `must be ${String(issue.minimum)} or more` : `must be greater than ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} item(s)`;
      return issue.inclusive ? `must be ${String(issue.maximum)} or less` : `must be less than ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator') return issue.message;
      return issue.message;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Validates unknown input as a v2 config; every problem is reported with its JSON path. */
export function validateVideoConfig(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { success: false, issues: [{ path: '(root)', message: 'must be a JSON object with meta and tracks' }] };
  }
  const legacy = ['video', 'audio'].filter((k) => k in input);
  const parsed = videoConfigSchema.safeParse(input);
  if (parsed.success && legacy.length === 0) return { success: true, config: parsed.data };
  const issues: ConfigIssue[] = legacy.map((k) => ({
    path: k,
    message: `top-level "${k}" is the old v1 shape and is not supported in v2; put canvas settings in meta`,
  }));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
        const rest = issue.keys.filter((k) => !legacy.includes(k));
        if (rest.length) issues.push({ path: '(root)', message: `unknown field(s): ${rest.join(', ')}` });
        continue;
      }
      issues.push({ path: formatPath(issue.path), message: plainMessage(issue) });
    }
  }
  return { success: false, issues };
}

/** Human-readable one-liner for logs and error messages. */
export function summarizeIssues(issues: ConfigIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}
