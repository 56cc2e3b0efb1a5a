import { validateVideoConfig, type VideoConfig } from '../../video';
import { ApiError } from '../errors';

/** Parses a config or throws INVALID_CONFIG with every issue and its path. */
export function parseConfigOrThrow(input: unknown): VideoConfig {
  const result = validateVideoConfig(input);
  if (!result.success) {
    const first = result.issues[0];
    throw new ApiError('INVALID_CONFIG', `Invalid video configuration${first ? `: ${first.path}: ${first.message}` : ''}`, {
      issues: result.issues,
    });
  }
  return result.config;
}
