import { describe, expect, it } from 'vitest';
import { newVideoConfig } from '../video';
import { createMediaDrag } from './media-drag';
import { createEditorStore } from './store';

const video = { url: 'http://h/v.mp4', type: 'video' as const, duration: 2, width: 640, height: 360 };

function setup() {
  const doc = newVideoConfig();
  const store = createEditorStore({
    doc: { ...doc, tracks: [{ clips: [{ type: 'text', text: 'A', start: 0, duration: 3 }] }] },
  });
  return { store, get: () => store.getState() };
}

describe('dragging a library file onto the timeline', () => {
  it('shows a ghost at the snapped drop time and adds one clip on drop (one undo step)', () => {
    const { store, get } = setup();
    const drag = createMediaDrag({ store, media: video, label: 'clip.mp4' });
    drag.move({ time: 3.05, trackIndex: 0, zoom: 100 }, true); // 5 px from the text's end at 3 s → snaps
    expect(get().mediaDrop).toEqual({ trackIndex: 0, isNewTrack: false, start: 3, duration: 2, label: 'clip.mp4' });
    expect(get().doc.tracks[0]?.clips).toHaveLength(1);
    const ref = drag.drop();
    expect(ref).toEqual({ trackIndex: 0, clipIndex: 1 });
    expect(get().doc.tracks[0]?.clips[1]).toMatchObject({ type: 'video', start: 3, duration: 2 });
    expect(get().mediaDrop).toBeNull();
    get().actions.undo();
    expect(get().doc.tracks[0]?.clips).toHaveLength(1);
  });

  it('without snapping lands on the frame grid; over a taken spot the ghost shows the new track', () => {
    const { store, get } = setup();
    const drag = createMediaDrag({ store, media: video, label: 'v' });
    drag.move({ time: 1.013, trackIndex: 0, zoom: 100 }, false);
    expect(get().mediaDrop).toMatchObject({ start: 1, trackIndex: 1, isNewTrack: true });
    drag.drop();
    expect(get().doc.tracks).toHaveLength(2);
    expect(get().doc.tracks[1]?.clips[0]).toMatchObject({ start: 1, zIndex: 1 });
  });

  it('off the timeline nothing is added', () => {
    const { store, get } = setup();
    const drag = createMediaDrag({ store, media: video, label: 'v' });
    drag.move({ time: 5, trackIndex: 0, zoom: 100 }, true);
    drag.move(null, true);
    expect(get().mediaDrop).toBeNull();
    expect(drag.drop()).toBeNull();
    expect(get().doc.tracks[0]?.clips).toHaveLength(1);
  });
});
