import { sanitizeSvg } from '../../media/sanitize-svg';
import { ApiError } from '../errors';

/** An SVG is read whole to be sanitized; past this it is refused (real SVG art is far smaller). */
export const MAX_SVG_BYTES = 10 * 1024 ** 2;

/**
 * Reads an uploaded SVG part and returns it sanitized (no script, event handlers, external references),
 * so what storage holds, and every URL serves, is already inert.
 */
export async function readSanitizedSvg(parts: AsyncIterable<Buffer>, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of parts) {
    length += chunk.length;
    if (length > MAX_SVG_BYTES) {
      throw new ApiError('FILE_TOO_LARGE', `SVG "${label}" is larger than the 10 MB limit for SVG images.`, { file: label, maxBytes: MAX_SVG_BYTES });
    }
    chunks.push(chunk);
  }
  const result = sanitizeSvg(Buffer.concat(chunks).toString('utf8'));
  if (!result.ok) throw new ApiError('UNSUPPORTED_FILE_TYPE', `"${label}": ${result.reason}`, { file: label });
  return Buffer.from(result.svg, 'utf8');
}
