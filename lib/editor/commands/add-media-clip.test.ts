import { describe, expect, it } from 'vitest';
import { validateVideoConfig } from '../../video';
import { addMediaClip, mediaClipPlacement } from './add-media-clip';
import { sampleDoc } from '../testing/fixtures';

const video = { url: 'http://h/files/v.mp4', type: 'video' as const, duration: 4.02, width: 1280, height: 720 };
const image = { url: 'http://h/files/logo.png', type: 'image' as const, duration: null, width: 400, height: 400 };
const audio = { url: 'http://h/files/music.mp3', type: 'audio' as const, duration: 12.5, width: null, height: null };

describe('addMediaClip', () => {
  it('puts a video at the (frame-snapped) drop time with its natural duration, fitted to the canvas', () => {
    const doc = { ...sampleDoc(), tracks: [{ clips: [] }] };
    const next = addMediaClip(doc, { media: video, start: 2.01, trackIndex: 0 });
    expect(next.tracks[0]?.clips[0]).toEqual({
      type: 'video',
      src: video.url,
      start: 2,
      duration: 4, // 4.02 s is 120.6 frames: the last whole frame with picture
      transform: { x: '50%', y: '50%', width: 1920, height: 1080, anchor: 'center' },
    });
    expect(validateVideoConfig(next).success).toBe(true);
  });

  it('gives an image the default duration and keeps its aspect ratio', () => {
    const doc = { ...sampleDoc(), tracks: [{ clips: [] }] };
    const clip = addMediaClip(doc, { media: image, start: 0, trackIndex: 0 }).tracks[0]?.clips[0];
    expect(clip).toMatchObject({ type: 'image', duration: 5, transform: { width: 1080, height: 1080 } });
  });

  it('makes a GLB model a three clip whose model is a $ref into assets.models, declared once per file', () => {
    const model = { url: 'http://h/files/uploads/u/2026/01/robot.glb', type: 'model' as const, duration: null, width: null, height: null };
    const doc = { ...sampleDoc(), tracks: [{ clips: [] }] };
    const once = addMediaClip(doc, { media: model, start: 1, trackIndex: 0 });
    expect(once.assets?.models).toEqual([{ id: 'model', src: model.url }]);
    expect(once.tracks[0]?.clips[0]).toMatchObject({ type: 'three', start: 1, duration: 5, objects: [{ id: 'model', model: { $ref: 'model' } }] });
    expect(validateVideoConfig(once).success).toBe(true);
    // The same file again reuses its asset; another file gets its own id.
    const twice = addMediaClip(once, { media: model, start: 7, trackIndex: 0 });
    expect(twice.assets?.models).toHaveLength(1);
    expect(twice.tracks[0]?.clips[1]).toMatchObject({ objects: [{ model: { $ref: 'model' } }] });
    const other = addMediaClip(twice, { media: { ...model, url: 'http://h/files/uploads/u/2026/01/cup.glb' }, start: 13, trackIndex: 0 });
    expect(other.assets?.models?.map((m) => m.id)).toEqual(['model', 'model-2']);
    expect(other.tracks[0]?.clips[2]).toMatchObject({ objects: [{ model: { $ref: 'model-2' } }] });
  });

  it('makes audio without a transform', () => {
    const doc = { ...sampleDoc(), tracks: [{ clips: [] }] };
    const clip = addMediaClip(doc, { media: audio, start: 1, trackIndex: 0 }).tracks[0]?.clips[0];
    expect(clip).toEqual({ type: 'audio', src: audio.url, start: 1, duration: 12.5 });
  });

  it('never lands on top of another clip: a taken spot goes to a free track, else a new one', () => {
    const doc = sampleDoc(); // track 0: 0–4 text, 5–7 rect; track 1: video 1–7
    expect(mediaClipPlacement(doc, { media: image, start: 7, trackIndex: 0 })).toMatchObject({ trackIndex: 0, start: 7 });
    const placed = mediaClipPlacement(doc, { media: image, start: 3, trackIndex: 0 });
    expect(placed.trackIndex).toBe(2); // 3–8 overlaps both tracks
    const next = addMediaClip(doc, { media: image, start: 3, trackIndex: 0 });
    expect(next.tracks).toHaveLength(3);
    expect(next.tracks[2]?.clips[0]).toMatchObject({ type: 'image', start: 3 });
    expect(next.tracks[0]).toBe(doc.tracks[0]);
  });

  it('a font makes no clip', () => {
    const doc = sampleDoc();
    expect(addMediaClip(doc, { media: { url: 'http://h/a.woff2', type: 'font', duration: null, width: null, height: null }, start: 0, trackIndex: 0 })).toBe(doc);
  });
});
