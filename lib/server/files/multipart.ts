/** A failure reading the request body (client gone, truncated form), as opposed to one writing storage. */
export class RequestBodyError extends Error {}

/** The client's file name without any path or control characters; '' when there is none. */
export function cleanFileName(filename: string | undefined): string {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
}

export type Chunks = AsyncIterator<Buffer>;

/** Reads until `n` bytes (or the end): the sample the content type is judged on. */
export async function readHead(chunks: Chunks, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < n) {
    const next = await nextChunk(chunks);
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return Buffer.concat(parts);
}

async function nextChunk(chunks: Chunks): Promise<IteratorResult<Buffer>> {
  try {
    return await chunks.next();
  } catch (err) {
    throw new RequestBodyError(err instanceof Error ? err.message : String(err));
  }
}

/** The head that was already read, then the rest of the part, as one stream. */
export async function* headThenRest(head: Buffer, chunks: Chunks): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await nextChunk(chunks);
    if (next.done) return;
    yield next.value;
  }
}

/** Reads a part to its end without keeping it: busboy cannot reach the next part until this one is consumed. */
export async function discard(chunks: Chunks): Promise<void> {
  try {
    while (!(await chunks.next()).done) {
      /* discard */
    }
  } catch {
    // The body itself failed; the request's outcome is decided elsewhere.
  }
}
