import { describe, expect, it } from 'vitest';
import { readUploadResponse, uploadLibraryFile, type UploadXhr } from './files-api';

const asset = { id: 'f1', name: 'a.png', url: 'http://h/files/a.png', type: 'image', mimeType: 'image/png', size: 3, createdAt: '2026-01-01T00:00:00Z' };

/** A scripted XMLHttpRequest: reports progress in two steps, then answers. */
function fakeXhr(status: number, body: unknown, { fail = false } = {}): () => UploadXhr {
  return () => {
    const xhr: UploadXhr & { sent?: FormData } = {
      withCredentials: false,
      status,
      responseText: JSON.stringify(body),
      upload: { onprogress: null },
      onload: null,
      onerror: null,
      onabort: null,
      open() {},
      setRequestHeader() {},
      abort() {
        xhr.onabort?.();
      },
      send(form) {
        xhr.sent = form;
        queueMicrotask(() => {
          xhr.upload.onprogress?.({ loaded: 1, total: 3, lengthComputable: true });
          xhr.upload.onprogress?.({ loaded: 3, total: 3, lengthComputable: true });
          if (fail) xhr.onerror?.();
          else xhr.onload?.();
        });
      },
    };
    return xhr;
  };
}

describe('uploadLibraryFile', () => {
  const blob = Object.assign(new Blob(['abc']), { name: 'a.png' });

  it('reports progress and resolves with the stored file', async () => {
    const seen: number[] = [];
    const file = await uploadLibraryFile(blob, { createXhr: fakeXhr(200, { success: true, assets: [asset] }), onProgress: (p) => seen.push(p.loaded) });
    expect(seen).toEqual([1, 3]);
    expect(file).toMatchObject({ id: 'f1', type: 'image', status: 'ready' });
  });

  it("rejects with the server's message", async () => {
    const refusal = { success: false, error: 'File "a.png" is not a supported image, video, audio or font file.', code: 'UNSUPPORTED_FILE_TYPE' };
    await expect(uploadLibraryFile(blob, { createXhr: fakeXhr(400, refusal) })).rejects.toMatchObject({ message: refusal.error, code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('a network failure says so', async () => {
    await expect(uploadLibraryFile(blob, { createXhr: fakeXhr(0, null, { fail: true }) })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('a non-JSON error body still gives a message', () => {
    expect(() => readUploadResponse(413, '<html>too big</html>')).toThrow('The file is too large.');
  });
});
