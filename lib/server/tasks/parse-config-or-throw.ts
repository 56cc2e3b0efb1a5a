import { validateVideoConfig, type ConfigIssue, type VideoConfig } from '../../video';
import { ApiError } from '../errors';

/** Parses a config or throws INVALID_CONFIG with every issue and its path. */
export function parseConfigOrThrow(input: unknown): VideoConfig {
  return parseConfigWithWarningsOrThrow(input).config;
}

/**
 * Like parseConfigOrThrow, plus the warnings (fields RenderingVideo accepts that Cutroom ignores, an
 * unbundled code language…), which create/update/preview responses return as `warnings: [{ path, message }]`.
 */
export function parseConfigWithWarningsOrThrow(input: unknown): { config: VideoConfig; warnings: ConfigIssue[] } {
  const result = validateVideoConfig(input);
  if (!result.success) {
    const first = result.issues[0];
    throw new ApiError('INVALID_CONFIG', `Invalid video configuration${first ? `: ${first.path}: ${first.message}` : ''}`, {
      issues: result.issues,
    });
  }
  return { config: result.config, warnings: result.warnings };
}

/** `{ warnings }` when there are any, else nothing: spread into a response. */
export function warningsField(warnings: ConfigIssue[]): { warnings?: ConfigIssue[] } {
  return warnings.length > 0 ? { warnings } : {};
}
