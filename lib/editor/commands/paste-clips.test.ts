import { describe, expect, it } from 'vitest';
import { copyClips } from '../clipboard';
import { pasteClips, pastedClipRefs } from './paste-clips';
import type { EditorDoc } from '../types';

const base = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  assets: { images: [{ id: 'logo', src: 'https://example.com/a.png' }] },
  tracks: [
    { clips: [{ type: 'image', src: { $ref: 'logo' }, start: 1, duration: 2 }] },
    { clips: [{ type: 'text', text: 'Hi', start: 2, duration: 1 }] },
  ],
});

describe('pasteClips', () => {
  it('pastes at a time keeping offsets in time and between tracks, in free space', () => {
    const doc = base();
    const payload = copyClips(doc, [{ trackIndex: 0, clipIndex: 0 }, { trackIndex: 1, clipIndex: 0 }])!;
    const args = { payload, at: 10, trackIndex: 0 };
    const next = pasteClips(doc, args);
    expect(next.tracks[0]?.clips[1]).toMatchObject({ start: 10, duration: 2 });
    expect(next.tracks[1]?.clips[1]).toMatchObject({ type: 'text', start: 11 });
    expect(pastedClipRefs(doc, args)).toEqual([{ trackIndex: 0, clipIndex: 1 }, { trackIndex: 1, clipIndex: 1 }]);
    // Over the originals every spot is taken: each copy goes to a new track on top.
    const over = pasteClips(doc, { payload, at: 1, trackIndex: 1 });
    expect(over.tracks).toHaveLength(4);
    expect(over.tracks[2]?.clips[0]).toMatchObject({ type: 'image', start: 1 });
    expect(over.tracks[3]?.clips[0]).toMatchObject({ type: 'text', start: 2 });
  });

  it('brings the assets the clips name into another video, renaming a clashing id', () => {
    const payload = copyClips(base(), [{ trackIndex: 0, clipIndex: 0 }])!;
    const empty: EditorDoc = { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [] }] };
    expect(pasteClips(empty, { payload, at: 0, trackIndex: 0 }).assets?.images).toEqual([{ id: 'logo', src: 'https://example.com/a.png' }]);
    const clash: EditorDoc = { ...empty, assets: { images: [{ id: 'logo', src: 'https://example.com/other.png' }] } };
    const next = pasteClips(clash, { payload, at: 0, trackIndex: 0 });
    expect(next.assets?.images?.[1]).toEqual({ id: 'logo-2', src: 'https://example.com/a.png' });
    expect(next.tracks[0]?.clips[0]).toMatchObject({ src: { $ref: 'logo-2' } });
  });
});
