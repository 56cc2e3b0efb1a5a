import type { z } from 'zod';
import { findAsset, isAssetRef, poolForClipField, poolForTemplateKey, type AssetPool } from './asset-refs';
import {
  clipTypes,
  layoutChildTypes,
  templateNames,
  unsupportedClipTypes,
  unsupportedTemplateNames,
} from './capabilities';
import { formatPath, type ConfigIssue, type PathSegment } from './config-issue';
import { codeLanguageOf } from './code-language';
import { stripForeignFields } from './foreign-fields';
import { iconNameProblem } from './icons';
import { templateDataIssues, templateParams } from './expand-template';
import { MAX_CLIPS, MAX_VIDEO_SECONDS, videoConfigSchema, type AnyClip, type VideoConfig } from './schema';

export { formatPath, type ConfigIssue } from './config-issue';

export type ValidationResult =
  | { success: true; config: VideoConfig; warnings: ConfigIssue[] }
  | { success: false; issues: ConfigIssue[] };

/**
 * Validates unknown input as a v2 config. Every problem is reported with its JSON path and a plain
 * message (`tracks[0].clips[2].duration: must be greater than 0`); never throws on any JSON input.
 * On success `config` is the parsed document (templates and `$ref`s untouched: that is what the
 * editor stores); draw it through `normalizeVideoConfig`.
 */
export function validateVideoConfig(raw: unknown): ValidationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { success: false, issues: [{ path: '(root)', message: 'must be a JSON object with meta and tracks' }] };
  }
  // Counted before anything else: a config of a million clips is refused without copying or parsing it.
  // An index loop, not reduce: a hostile document can give an array a prototype without Array's methods.
  const rawTracks = (raw as { tracks?: unknown }).tracks;
  let rawClips = 0;
  if (Array.isArray(rawTracks)) {
    for (let i = 0; i < rawTracks.length; i++) {
      const clips = (rawTracks[i] as { clips?: unknown } | null)?.clips;
      if (Array.isArray(clips)) rawClips += clips.length;
    }
  }
  if (rawClips > MAX_CLIPS) {
    return { success: false, issues: [{ path: 'tracks', message: `has ${rawClips} clips; a video may have at most ${MAX_CLIPS} (layout children included)` }] };
  }
  const foreign = stripForeignFields(raw);
  const input = foreign.input as object;
  const legacy = ['video', 'audio'].filter((k) => k in input);
  const issues: ConfigIssue[] = legacy.map((k) => ({
    path: k,
    message: `top-level "${k}" is the old v1 shape and is not supported in v2; put canvas settings in meta and audio in a track`,
  }));
  const parsed = videoConfigSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(...describeIssue(issue, [], input));
    return { success: false, issues: dropLegacyDuplicates(dedupe(issues), legacy) };
  }
  issues.push(...semanticIssues(parsed.data));
  if (issues.length > 0) return { success: false, issues: dedupe(issues) };
  return { success: true, config: parsed.data, warnings: [...foreign.warnings, ...collectWarnings(parsed.data)] };
}

/** Human-readable one-liner for logs and error messages. */
export function summarizeIssues(issues: ConfigIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}

// ---------------------------------------------------------------------------------------------
// zod issue → plain message

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function toSegments(path: ReadonlyArray<PropertyKey>): PathSegment[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

const quoteList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** One zod issue (at `prefix` + its path) → one or more plain issues. */
function describeIssue(issue: z.core.$ZodIssue, prefix: PathSegment[], root: unknown): ConfigIssue[] {
  const path = [...prefix, ...toSegments(issue.path)];
  const at = (message: string, extra: PathSegment[] = []): ConfigIssue => ({ path: formatPath([...path, ...extra]), message });
  // Our schemas carry hand-written messages; only zod's generic defaults get rephrased.
  const isCustom = !/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (isCustom) return [at(issue.message)];
      const value = valueAt(root, path);
      if (value === undefined) return [at('is required')];
      if (issue.expected === 'number' && typeof value === 'number') return [at('must be a finite number')];
      if (issue.expected === 'int') return [at('must be a whole number')];
      return [at(`must be ${article(issue.expected)}`)];
    }
    case 'too_small':
      if (isCustom) return [at(issue.message)];
      if (issue.origin === 'array') return [at(`must have at least ${String(issue.minimum)} item(s)`)];
      if (issue.origin === 'string') return [at('must not be empty')];
      return [at(issue.inclusive ? `must be ${String(issue.minimum)} or more` : `must be greater than ${String(issue.minimum)}`)];
    case 'too_big':
      if (isCustom) return [at(issue.message)];
      if (issue.origin === 'array') return [at(`must have at most ${String(issue.maximum)} item(s)`)];
      if (issue.origin === 'string') return [at(`must be at most ${String(issue.maximum)} characters`)];
      return [at(issue.inclusive ? `must be ${String(issue.maximum)} or less` : `must be less than ${String(issue.maximum)}`)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => at(unknownKeyMessage(path, key), [key]));
    case 'invalid_value':
      return [at(invalidValueMessage(path, valueAt(root, path), issue.values))];
    case 'invalid_union':
      return describeUnion(issue, path, root);
    case 'not_multiple_of':
      return [at(`must be a multiple of ${String(issue.divisor)}`)];
    default:
      return [at(issue.message)];
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function unknownKeyMessage(path: PathSegment[], key: string): string {
  if (path.length === 0 && (key === 'video' || key === 'audio')) return 'not supported in v2';
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'meta' && key === 'duration') {
    return 'unknown field "duration": v2 has no project duration, a video ends with its last clip';
  }
  if (last === 'transform' && typeof key === 'string') return `unknown field "${key}" (transform has x, y, width, height, scale, rotation, skew, anchor)`;
  return `unknown field "${key}"`;
}

function invalidValueMessage(path: PathSegment[], value: unknown, allowed: readonly unknown[]): string {
  const field = path[path.length - 1];
  if (field === 'template' && typeof value === 'string') {
    if ((unsupportedTemplateNames as readonly string[]).includes(value)) {
      return `template "${value}" is not supported by Cutroom (supported: ${templateNames.join(', ')})`;
    }
    return `unknown template "${value}" (supported: ${templateNames.join(', ')})`;
  }
  if (field === 'easing' || (path.includes('frames') && field === 'easing')) {
    return `unknown easing ${JSON.stringify(value)}; use linear or easeIn/easeOut/easeInOut + Sine, Quad, Cubic, Quart, Quint, Expo, Circ, Back, Elastic or Bounce (e.g. easeInOutCubic)`;
  }
  if (value === undefined) return `is required; one of ${quoteList(allowed)}`;
  return `must be one of ${quoteList(allowed)}`;
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: PathSegment[], root: unknown): ConfigIssue[] {
  const at = (message: string): ConfigIssue[] => [{ path: formatPath(path), message }];
  if ('note' in issue && issue.note === 'No matching discriminator') {
    const value = valueAt(root, path);
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const parent = path[path.length - 3];
    if (issue.discriminator === 'type' && (parent === 'clips' || parent === 'children')) {
      return at(clipTypeMessage(value, parent === 'children'));
    }
    const what = issue.discriminator === 'property' ? 'keyframe property' : path.includes('animations') ? 'animation type' : issue.discriminator;
    if (value === undefined) return at(`is required; one of ${quoteList(options)}`);
    return at(`unknown ${what ?? 'value'} ${JSON.stringify(value)}; expected one of ${quoteList(options)}`);
  }
  // A plain union: if exactly the value's shape matched one branch (no complaint about the value
  // itself, only about something inside it), report that branch's issues: an array of words whose
  // 3rd word lacks `end` is about that word, not about "is not a $ref". Otherwise the union's own
  // message, which names every accepted shape, is the clearest.
  if (valueAt(root, path) === undefined) return at('is required');
  const matching = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
  const best = matching.sort((a, b) => depth(b) - depth(a))[0];
  if (best === undefined) return at(issue.message === 'Invalid input' ? 'has the wrong shape' : issue.message);
  return best.flatMap((i) => describeIssue(i, path, root));
}

function depth(branch: z.core.$ZodIssue[]): number {
  return Math.max(...branch.map((i) => i.path.length));
}

function clipTypeMessage(value: unknown, isLayoutChild: boolean): string {
  const allowed = isLayoutChild ? layoutChildTypes : clipTypes;
  if (value === undefined) return `is required; one of ${allowed.join(', ')}`;
  if (typeof value === 'string' && (unsupportedClipTypes as readonly string[]).includes(value)) {
    return `unsupported clip type "${value}": Cutroom does not draw ${value} clips (supported: ${clipTypes.join(', ')})`;
  }
  if (isLayoutChild && value === 'subtitle') return 'subtitle clips cannot be layout children; put them on a track';
  return `unknown clip type ${JSON.stringify(value)} (supported: ${allowed.join(', ')})`;
}

function dedupe(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The legacy check already explains top-level video/audio; drop zod's "unknown field" for them. */
function dropLegacyDuplicates(issues: ConfigIssue[], legacy: string[]): ConfigIssue[] {
  return issues.filter((i) => !(legacy.includes(i.path) && i.message === 'not supported in v2'));
}

// ---------------------------------------------------------------------------------------------
// checks zod cannot express: references, template data, cross-field rules

type Visit = (clip: AnyClip, path: PathSegment[]) => void;

function forEachClip(config: VideoConfig, visit: Visit): void {
  const walk = (clip: AnyClip, path: PathSegment[]) => {
    visit(clip, path);
    if (clip.type === 'layout') clip.children.forEach((child, i) => walk(child, [...path, 'children', i]));
  };
  config.tracks.forEach((track, t) => track.clips.forEach((clip, c) => walk(clip, ['tracks', t, 'clips', c])));
}

function semanticIssues(config: VideoConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path: formatPath(path), message });
  const assets = config.assets;

  for (const pool of ['fonts', 'images', 'videos', 'audios', 'subtitles', 'svgs', 'models'] as const) {
    const firstIndex = new Map<string, number>();
    assets?.[pool]?.forEach((entry, i) => {
      const first = firstIndex.get(entry.id);
      if (first === undefined) firstIndex.set(entry.id, i);
      else add(['assets', pool, i, 'id'], `duplicate id "${entry.id}" (also assets.${pool}[${first}])`);
    });
  }

  const checkRef = (value: unknown, pools: AssetPool[], path: PathSegment[]) => {
    if (!isAssetRef(value) || findAsset(assets, pools, value.$ref)) return;
    add([...path, '$ref'], `unknown asset "${value.$ref}": no entry with that id in ${pools.map((p) => `assets.${p}`).join(' or ')}`);
  };

  let clipCount = 0;
  forEachClip(config, () => void clipCount++);
  if (clipCount > MAX_CLIPS) add(['tracks'], `has ${clipCount} clips; a video may have at most ${MAX_CLIPS} (layout children included)`);

  config.tracks.forEach((track, t) =>
    track.clips.forEach((clip, c) => {
      if (clip.start + clip.duration > MAX_VIDEO_SECONDS) {
        add(['tracks', t, 'clips', c, 'duration'], `the clip ends at ${clip.start + clip.duration} s, past the ${MAX_VIDEO_SECONDS} s (4 hours) a video may last`);
      }
    }),
  );

  forEachClip(config, (clip, path) => {
    switch (clip.type) {
      case 'image':
      case 'video':
      case 'audio':
        checkRef(clip.src, poolForClipField(clip.type, 'src'), [...path, 'src']);
        break;
      case 'svg':
        if (clip.svg === undefined && clip.src === undefined) add(path, 'needs "svg" (inline markup or $ref) or "src"');
        checkRef(clip.svg, poolForClipField('svg', 'svg'), [...path, 'svg']);
        checkRef(clip.src, poolForClipField('svg', 'src'), [...path, 'src']);
        break;
      case 'subtitle':
        checkRef(clip.words, ['subtitles'], [...path, 'words']);
        if (Array.isArray(clip.words)) wordOrderIssues(clip.words, [...path, 'words'], add);
        break;
      case 'icon': {
        const problem = iconNameProblem(clip.icon);
        if (problem) add([...path, 'icon'], problem);
        break;
      }
      case 'three':
        clip.objects?.forEach((object, i) => {
          if (object.shape === undefined && object.model === undefined) add([...path, 'objects', i], 'needs a "shape" (box, sphere, …) or a "model"');
          checkRef(object.model, ['models'], [...path, 'objects', i, 'model']);
        });
        break;
      case 'template':
        for (const i of templateDataIssues(clip)) {
          // i.path is data.<field>… or overrides.data.<field>…; describeIssue appends the field part.
          issues.push(...describeIssue(i.issue, [...path, ...i.path.slice(0, i.path.length - i.issue.path.length)], config));
        }
        walkTemplateRefs(clip.data, [...path, 'data'], checkRef);
        walkTemplateRefs(clip.overrides?.data, [...path, 'overrides', 'data'], checkRef);
        break;
      default:
        break;
    }
  });
  assets?.subtitles?.forEach((entry, i) => wordOrderIssues(entry.words, ['assets', 'subtitles', i, 'words'], add));
  return issues;
}

function wordOrderIssues(words: { start: number; end: number }[], path: PathSegment[], add: (path: PathSegment[], message: string) => void) {
  words.forEach((w, i) => {
    if (w.end < w.start) add([...path, i, 'end'], 'must not be before start');
  });
}

/** `$ref`s anywhere in free-form template data; the pool comes from the key holding them. */
function walkTemplateRefs(
  node: unknown,
  path: PathSegment[],
  checkRef: (value: unknown, pools: AssetPool[], path: PathSegment[]) => void,
  key: string | number = '',
): void {
  if (isAssetRef(node)) {
    checkRef(node, poolForTemplateKey(key), path);
    return;
  }
  if (Array.isArray(node)) node.forEach((v, i) => walkTemplateRefs(v, [...path, i], checkRef, key));
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) walkTemplateRefs(v, [...path, k], checkRef, k);
  }
}

function collectWarnings(config: VideoConfig): ConfigIssue[] {
  const warnings: ConfigIssue[] = [];
  forEachClip(config, (clip, path) => {
    if (clip.type === 'code' && clip.language !== undefined && codeLanguageOf(clip.language) === undefined) {
      warnings.push({ path: formatPath([...path, 'language']), message: `language "${clip.language}" is not bundled; the code is drawn without highlighting` });
    }
    if (clip.type !== 'template') return;
    const warning = templateParams(clip).warning;
    if (warning) warnings.push({ path: formatPath([...path, 'variant']), message: warning });
  });
  return warnings;
}
