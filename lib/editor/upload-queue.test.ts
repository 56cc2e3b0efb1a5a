import { describe, expect, it } from 'vitest';
import {
  dismissUpload,
  enqueueUploads,
  syncWithLibrary,
  uploadFailed,
  uploadFraction,
  uploadProgressed,
  uploadStored,
  visibleUploads,
} from './upload-queue';

describe('upload queue', () => {
  const start = () => enqueueUploads([], [{ id: 'a', name: 'a.mp4', size: 1000 }, { id: 'b', name: 'b.txt', size: 10 }]);

  it('tracks bytes sent per file, then processing, then done when the library has it ready', () => {
    let q = start();
    q = uploadProgressed(q, 'a', 250, 1000);
    expect(uploadFraction(q[0]!)).toBe(0.25);
    expect(q[1]).toMatchObject({ status: 'uploading', loaded: 0 });
    q = uploadStored(q, 'a', { id: 'file_1', status: 'processing' });
    expect(q[0]).toMatchObject({ status: 'processing', fileId: 'file_1', loaded: 1000 });
    expect(syncWithLibrary(q, [{ id: 'file_1', status: 'processing', error: null }])).toBe(q);
    q = syncWithLibrary(q, [{ id: 'file_1', status: 'ready', error: null }]);
    expect(q[0]?.status).toBe('done');
    expect(visibleUploads(q).map((i) => i.id)).toEqual(['b']);
  });

  it('a refused file keeps its message and the others go on', () => {
    let q = uploadFailed(start(), 'b', 'File "b.txt" is not a supported image, video, audio or font file.');
    q = uploadProgressed(q, 'a', 900, 1000);
    expect(q[1]).toMatchObject({ status: 'failed', error: expect.stringContaining('b.txt') });
    expect(q[0]).toMatchObject({ status: 'uploading', loaded: 900 });
    // Late progress events do not revive a failed item.
    expect(uploadProgressed(q, 'b', 5, 10)).toBe(q);
    expect(dismissUpload(q, 'b').map((i) => i.id)).toEqual(['a']);
  });

  it('a file that fails processing shows the server error', () => {
    let q = uploadStored(start(), 'a', { id: 'f', status: 'processing' });
    q = syncWithLibrary(q, [{ id: 'f', status: 'failed', error: 'No video stream' }]);
    expect(q[0]).toMatchObject({ status: 'failed', error: 'No video stream' });
  });
});
