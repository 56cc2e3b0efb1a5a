import { ApiError } from '../server/errors';

const formatLimit = (n: number) => (n >= 1024 ** 2 ? `${+(n / 1024 ** 2).toFixed(2)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`);

export function payloadTooLarge(limitBytes: number): ApiError {
  return new ApiError('PAYLOAD_TOO_LARGE', `Request body is larger than ${formatLimit(limitBytes)}.`, { limitBytes });
}

/**
 * Reads a request body as text, never holding more than `limitBytes` of it: a declared
 * Content-Length over the limit is refused before a byte is read, and the stream is counted as it
 * arrives (chunked bodies declare nothing) and cancelled the moment it passes the limit.
 */
export async function readBoundedText(req: Request, limitBytes: number): Promise<string> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limitBytes) throw payloadTooLarge(limitBytes);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * True when JSON text nests arrays/objects deeper than `maxDepth`, judged by one linear scan before
 * parsing (brackets inside strings do not count), so a deep document never reaches JSON.parse or the
 * recursive validators behind it.
 */
export function isNestedDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
