import type { ConfigIssue, VideoConfig } from '../../video';
import { ApiError } from '../errors';
import { parseConfigWithWarningsOrThrow } from '../tasks/parse-config-or-throw';

/**
 * Parses the body of POST /api/v1/preview, which IS the config (no `{ config }` wrapper). A wrapped
 * body is the most likely mistake, so it gets a message that says so instead of "meta is required".
 */
export function parsePreviewConfigOrThrow(body: unknown): { config: VideoConfig; warnings: ConfigIssue[] } {
  const isWrapped =
    typeof body === 'object' && body !== null && !Array.isArray(body) && 'config' in body && !('meta' in body);
  if (isWrapped) {
    throw new ApiError(
      'INVALID_CONFIG',
      'Invalid video configuration: send the config itself as the request body, not wrapped in { "config": … }',
      { issues: [{ path: 'config', message: 'the preview body is the config itself; remove the "config" wrapper' }] },
    );
  }
  return parseConfigWithWarningsOrThrow(body);
}
