import { describe, expect, it } from 'vitest';
import { copyClips, parseClipboard } from './clipboard';
import type { EditorDoc } from './types';

const doc: EditorDoc = {
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  assets: {
    images: [{ id: 'logo', src: 'https://example.com/a.png' }, { id: 'unused', src: 'https://example.com/b.png' }],
    fonts: [{ id: 'f', src: 'https://example.com/f.woff2', family: 'Brand' }],
  },
  tracks: [{ clips: [{ type: 'image', src: { $ref: 'logo' }, start: 1, duration: 2 }] }, { clips: [{ type: 'text', text: 'Hi', start: 0, duration: 1, style: { fontFamily: 'Brand' } }] }],
};

describe('clipboard payload', () => {
  it('carries the clips with track offsets and only the assets they use, and reads back from JSON', () => {
    const payload = copyClips(doc, [{ trackIndex: 1, clipIndex: 0 }, { trackIndex: 0, clipIndex: 0 }])!;
    expect(payload.items.map((i) => [i.trackOffset, i.clip.type])).toEqual([[0, 'image'], [1, 'text']]);
    expect(payload.assets).toEqual({ images: [{ id: 'logo', src: 'https://example.com/a.png' }], fonts: doc.assets!.fonts });
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
  });

  it('is null for other clipboard text', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"kind":"other","items":[]}')).toBeNull();
    expect(copyClips(doc, [])).toBeNull();
  });
});
