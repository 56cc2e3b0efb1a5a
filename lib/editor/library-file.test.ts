import { describe, expect, it } from 'vitest';
import { filterLibraryFiles, indexFilesByUrl, parseLibraryFile, type LibraryFile } from './library-file';

const base = { url: 'http://h/f', mimeType: 'video/mp4', size: 1 };
const files = [
  { ...base, id: 'a', name: 'Intro-final.mp4', type: 'video', createdAt: '2026-01-02T00:00:00Z' },
  { ...base, id: 'b', name: 'logo.png', type: 'image', createdAt: '2026-01-03T00:00:00Z' },
  { ...base, id: 'c', name: 'music.mp3', type: 'audio', createdAt: '2026-01-01T00:00:00Z' },
].map((f) => parseLibraryFile(f)!) as LibraryFile[];

describe('library files', () => {
  it('reads the processing fields when present and defaults them when not', () => {
    const bare = parseLibraryFile({ id: 'x', name: 'a.mp4', url: 'http://h/a.mp4', type: 'video' });
    expect(bare).toMatchObject({ status: 'ready', duration: null, filmstrip: null, hasAudio: null });
    const full = parseLibraryFile({
      id: 'x', name: 'a.mp4', url: 'http://h/a.mp4', type: 'video', status: 'processing', duration: 2.5, hasAudio: true,
      proxyUrl: 'http://h/p.mp4', filmstrip: { url: 'http://h/s.jpg', indexUrl: null, tileWidth: 160, tileHeight: 90, columns: 10, count: 25, interval: 0.1 },
    });
    expect(full).toMatchObject({ status: 'processing', duration: 2.5, hasAudio: true, filmstrip: { columns: 10, count: 25 } });
    expect(indexFilesByUrl([full!]).get('http://h/p.mp4')?.id).toBe('x');
    expect(parseLibraryFile({ id: 'x', url: 'u', type: 'pdf' })).toBeNull();
  });

  it('filters by type and name words, sorts newest first by default', () => {
    expect(filterLibraryFiles(files, { type: 'all', query: '', sort: 'newest' }).map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(filterLibraryFiles(files, { type: 'all', query: '', sort: 'oldest' }).map((f) => f.id)).toEqual(['c', 'a', 'b']);
    expect(filterLibraryFiles(files, { type: 'video', query: '', sort: 'newest' }).map((f) => f.id)).toEqual(['a']);
    expect(filterLibraryFiles(files, { type: 'all', query: 'intro MP4', sort: 'name' }).map((f) => f.id)).toEqual(['a']);
    expect(filterLibraryFiles(files, { type: 'all', query: 'nothing', sort: 'name' })).toEqual([]);
  });
});
