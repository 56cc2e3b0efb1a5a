import { NextRequest } from 'next/server';
import { getSettings } from '../config';
import { ApiError } from '../server/errors';
import { beginIdempotentRequest, completeIdempotentRequest, releaseIdempotentRequest, requestFingerprint } from '../server/idempotency';
import { readBoundedText } from './read-body';

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** The request's idempotency key (`Idempotency-Key` or `X-Idempotency-Key`), or null; INVALID_REQUEST when malformed. */
export function idempotencyKeyOf(req: Request): string | null {
  const raw = req.headers.get('idempotency-key') ?? req.headers.get('x-idempotency-key');
  if (raw === null) return null;
  const key = raw.trim();
  if (!keyPattern.test(key)) {
    throw new ApiError('INVALID_REQUEST', 'Idempotency-Key must be 1–255 printable ASCII characters without spaces.');
  }
  return key;
}

/**
 * Runs a POST at most once per account and key: the first 2xx response (status and body) is stored and
 * replayed to every later request with the key and the same method, path and body
 * (`Idempotent-Replayed: true`); error answers are not stored, so a retry after one does the work.
 * JSON bodies are read here (within MAX_JSON_BODY_BYTES) to be compared, and handed on; multipart
 * uploads stream on untouched and are compared by their declared length only.
 */
export async function withIdempotency(req: NextRequest, userId: string, run: (req: NextRequest) => Promise<Response>): Promise<Response> {
  const key = req.method === 'POST' ? idempotencyKeyOf(req) : null;
  if (key === null) return run(req);
  const path = req.nextUrl.pathname + req.nextUrl.search;
  const isStreamed = /^multipart\//i.test(req.headers.get('content-type') ?? '');
  let request = req;
  let fingerprint: string;
  if (isStreamed) {
    fingerprint = requestFingerprint({ method: req.method, path, streamedLength: req.headers.get('content-length') });
  } else {
    const body = await readBoundedText(req, getSettings().maxJsonBodyBytes);
    request = new NextRequest(req.url, { method: req.method, headers: req.headers, body: body === '' ? undefined : body });
    fingerprint = requestFingerprint({ method: req.method, path, body });
  }
  const start = await beginIdempotentRequest({ userId, key, fingerprint });
  if (start.kind === 'replay') {
    return new Response(start.body, {
      status: start.statusCode,
      headers: { 'content-type': start.contentType ?? 'application/json', 'idempotent-replayed': 'true' },
    });
  }
  let response: Response;
  try {
    response = await run(request);
  } catch (err) {
    await releaseIdempotentRequest(start.id);
    throw err;
  }
  if (response.status < 200 || response.status >= 300) {
    await releaseIdempotentRequest(start.id);
    return response;
  }
  const body = await response.text();
  await completeIdempotentRequest(start.id, { statusCode: response.status, body, contentType: response.headers.get('content-type') });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
