import { describe, expect, it } from 'vitest';
import { playerVideoSrc } from './clip-content';

describe('playerVideoSrc', () => {
  it('gives a URL its own #t=0 fragment (one src for every clip of the file); keeps fragments, blob: and data: URLs', () => {
    expect(playerVideoSrc('/files/u/a.mp4')).toBe('/files/u/a.mp4#t=0');
    expect(playerVideoSrc('https://cdn.example/a.mp4?x=1')).toBe('https://cdn.example/a.mp4?x=1#t=0');
    expect(playerVideoSrc('/files/u/a.mp4#t=2')).toBe('/files/u/a.mp4#t=2');
    expect(playerVideoSrc('blob:http://localhost/abc')).toBe('blob:http://localhost/abc');
    expect(playerVideoSrc('data:video/mp4;base64,AAAA')).toBe('data:video/mp4;base64,AAAA');
  });
});
