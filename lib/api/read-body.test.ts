import { describe, expect, it } from 'vitest';
import { isNestedDeeperThan, readBoundedText } from './read-body';

/** A request whose body arrives in `chunks` pieces, counting how many were pulled. */
function streamed(chunks: number, chunkBytes: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x5b));
    },
  }, { highWaterMark: 0 });
  const req = new Request('http://x.test/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { req, pulled: () => pulled };
}

describe('readBoundedText', () => {
  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { req, pulled } = streamed(100, 1024, { 'content-length': String(100 * 1024) });
    await expect(readBoundedText(req, 10 * 1024)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413, details: { limitBytes: 10240 } });
    expect(pulled()).toBe(0);
  });

  it('stops reading an undeclared body once it passes the limit', async () => {
    const { req, pulled } = streamed(1000, 1024);
    await expect(readBoundedText(req, 10 * 1024)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(pulled()).toBeLessThanOrEqual(12);
  });

  it('reads a body at the limit whole', async () => {
    const { req } = streamed(10, 1024);
    expect((await readBoundedText(req, 10 * 1024)).length).toBe(10 * 1024);
  });
});

describe('isNestedDeeperThan', () => {
  it.each([
    ['[[[]]]', 3, false],
    ['[[[[]]]]', 3, true],
    ['{"a":{"b":[1]}}', 3, false],
    ['{"a":{"b":[{}]}}', 3, true],
    ['["[[[[[[", "\\\\", "\\"[[[["]', 1, false],
    ['['.repeat(100_000), 64, true],
  ])('%s (max %i) → %s', (text, max, expected) => {
    expect(isNestedDeeperThan(text, max)).toBe(expected);
  });
});
