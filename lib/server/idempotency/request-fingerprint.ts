import { createHash } from 'node:crypto';

export interface FingerprintInput {
  method: string;
  /** The path and query the request was sent to. */
  path: string;
  /** The body as read, for bodies the server buffers anyway (JSON, bounded by MAX_JSON_BODY_BYTES). */
  body?: string;
  /**
   * For streamed bodies (multipart uploads, up to gigabytes) the body is never buffered to be hashed:
   * they are recognised by their declared length alone (the multipart boundary, which clients pick at
   * random for every request, is left out of the type).
   */
  streamedLength?: string | null;
}

/** What "the same request" means for an idempotency key: method, path and body (or a streamed body's length). */
export function requestFingerprint(input: FingerprintInput): string {
  const hash = createHash('sha256').update(`${input.method.toUpperCase()} ${input.path}\n`);
  if (input.body !== undefined) hash.update(`body\n${input.body}`);
  else hash.update(`streamed\n${input.streamedLength ?? 'unknown length'}`);
  return hash.digest('hex');
}
