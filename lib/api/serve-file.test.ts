import { describe, expect, it } from 'vitest';
import { mimeTypeForKey, parseRange } from './serve-file';

describe('parseRange', () => {
  it.each([
    [null, 100, null],
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=100-', 100, 'invalid'],
    ['bytes=9-1', 100, 'invalid'],
    ['bytes=-0', 100, 'invalid'],
    ['items=0-1', 100, 'invalid'],
  ] as const)('%s of %d bytes → %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('mimeTypeForKey', () => {
  it('knows video, audio and images, and falls back to octet-stream', () => {
    expect(mimeTypeForKey('renders/a/b.mp4')).toBe('video/mp4');
    expect(mimeTypeForKey('x.MP3')).toBe('audio/mpeg');
    expect(mimeTypeForKey('x.webp')).toBe('image/webp');
    expect(mimeTypeForKey('x.bin')).toBe('application/octet-stream');
  });
});
