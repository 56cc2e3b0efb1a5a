import { z } from 'zod';
import type { NextRequest } from 'next/server';
import { ApiError } from '../server/errors';
import { formatPath } from '../video';

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Reads a JSON body; malformed JSON and schema mismatches are INVALID_REQUEST with the issues. */
export async function parseJsonBody<T extends z.ZodType>(req: NextRequest, schema: T, opts: { optional?: boolean } = {}): Promise<z.infer<T>> {
  const text = await req.text();
  let body: unknown = {};
  if (text.trim() !== '') {
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
