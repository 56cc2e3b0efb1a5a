import { z } from 'zod';
import type { NextRequest } from 'next/server';
import { ApiError } from '../server/errors';
import { getSettings } from '../config';
import { formatPath } from '../video';
import { isNestedDeeperThan, readBoundedText } from './read-body';

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Reads a JSON body within MAX_JSON_BODY_BYTES (PAYLOAD_TOO_LARGE, 413) and MAX_JSON_DEPTH; malformed
 * or too deep JSON and schema mismatches are INVALID_REQUEST with the issues.
 */
export async function parseJsonBody<T extends z.ZodType>(req: NextRequest, schema: T, opts: { optional?: boolean } = {}): Promise<z.infer<T>> {
  const settings = getSettings();
  const text = await readBoundedText(req, settings.maxJsonBodyBytes);
  let body: unknown = {};
  if (text.trim() !== '') {
    if (isNestedDeeperThan(text, settings.maxJsonDepth)) {
      throw new ApiError('INVALID_REQUEST', `Request body is nested deeper than ${settings.maxJsonDepth} levels.`, { maxDepth: settings.maxJsonDepth });
    }
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError('INVALID_REQUEST', 'Request body is not valid JSON.');
    }
  } else if (!opts.optional) {
    throw new ApiError('INVALID_REQUEST', 'Request body is required.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError('INVALID_REQUEST', `Invalid request${first ? `: ${formatPath(first.path)}: ${first.message}` : ''}`, {
      issues: issuesOf(parsed.error),
    });
  }
  return parsed.data;
}

/** Reads query parameters against a schema; bad values are INVALID_REQUEST naming the parameter. */
export function parseQuery<T extends z.ZodType>(req: NextRequest, schema: T): z.infer<T> {
  const params: Record<string, string> = {};
  for (const [k, v] of req.nextUrl.searchParams) if (k !== 'api_key') params[k] = v;
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError('INVALID_REQUEST', `Invalid ${first ? formatPath(first.path) : 'query'} parameter: ${first?.message ?? ''}`.trim(), {
      issues: issuesOf(parsed.error),
    });
  }
  return parsed.data;
}
