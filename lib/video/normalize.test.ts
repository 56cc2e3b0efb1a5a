import { describe, expect, it } from 'vitest';
import { normalizeVideoConfig } from './normalize';
import type { AnyClip, Clip, VideoConfig } from './schema';
import { loadFixtures } from './testing/load-fixtures';
import { totalDuration } from './timing';
import { validateVideoConfig } from './validate';

const meta = { version: '2.0.0', width: 1000, height: 500, fps: 30 };
const doc = (clips: Clip[], assets?: VideoConfig['assets']): VideoConfig => ({ meta, ...(assets ? { assets } : {}), tracks: [{ clips }] });
const clipsOf = (config: VideoConfig) => normalizeVideoConfig(config).config.tracks.flatMap((t) => t.clips);

function collectClips(config: VideoConfig): AnyClip[] {
  const out: AnyClip[] = [];
  const walk = (c: AnyClip) => {
    out.push(c);
    if (c.type === 'layout') c.children.forEach(walk);
  };
  config.tracks.forEach((t) => t.clips.forEach(walk));
  return out;
}

describe('normalizeVideoConfig', () => {
  it('defaults the background to black and keeps an explicit one', () => {
    expect(normalizeVideoConfig(doc([])).config.meta.background).toBe('#000000');
    expect(normalizeVideoConfig({ ...doc([]), meta: { ...meta, background: 'transparent' } }).config.meta.background).toBe('transparent');
  });

  it('resolves $refs from the pool the field implies', () => {
    const clips = clipsOf(
      doc(
        [
          { type: 'image', src: { $ref: 'a' }, start: 0, duration: 1 },
          { type: 'video', src: { $ref: 'a' }, start: 0, duration: 1 },
          { type: 'audio', src: { $ref: 'a' }, start: 0, duration: 1 },
          { type: 'subtitle', words: { $ref: 'a' }, start: 0, duration: 1 },
          { type: 'svg', svg: { $ref: 'a' }, start: 0, duration: 1 },
        ],
        {
          images: [{ id: 'a', src: 'img.png' }],
          videos: [{ id: 'a', src: 'vid.mp4' }],
          audios: [{ id: 'a', src: 'snd.mp3' }],
          subtitles: [{ id: 'a', words: [{ word: 'hi', punctuated_word: 'Hi!', start: 0, end: 1 }] }],
          svgs: [{ id: 'a', svg: '<svg/>' }],
        },
      ),
    );
    expect(clips.map((c) => ('src' in c ? c.src : 'words' in c ? c.words : 'svg' in c ? c.svg : null))).toEqual([
      'img.png', 'vid.mp4', 'snd.mp3', [{ word: 'hi', punctuated_word: 'Hi!', start: 0, end: 1 }], undefined,
    ]);
    expect(clips[4]).toMatchObject({ svg: '<svg/>' });
  });

  it('leaves an unknown $ref in place and warns', () => {
    const result = normalizeVideoConfig(doc([{ type: 'image', src: { $ref: 'nope' }, start: 0, duration: 1 }]));
    expect(result.config.tracks[0]?.clips[0]).toMatchObject({ src: { $ref: 'nope' } });
    expect(result.warnings).toEqual([{ path: 'tracks[0].clips[0].src', message: expect.stringContaining('unknown asset "nope"') }]);
  });

  it('moves rect width/height and circle size into transform (transform wins)', () => {
    const [rect, circle, sized] = clipsOf(
      doc([
        { type: 'rect', start: 0, duration: 1, width: 10, height: 20, transform: { height: 5 } },
        { type: 'circle', start: 0, duration: 1, size: 30 },
        { type: 'circle', start: 0, duration: 1, size: 30, transform: { width: 8 } },
      ]),
    );
    expect(rect).not.toHaveProperty('width');
    expect(rect?.transform).toEqual({ width: 10, height: 5 });
    expect(circle?.transform).toEqual({ width: 30, height: 30 });
    expect(sized?.transform).toEqual({ width: 8 });
  });

  it('expands templates in place, with zIndex, overrides.style and overrides.transition', () => {
    const clips = clipsOf(
      doc([
        { type: 'text', text: 'before', start: 0, duration: 1 },
        {
          type: 'template', template: 'countdown', start: 2, duration: 3, zIndex: 1, data: { from: 3, to: 1 },
          overrides: { zIndexOffset: 10, style: { fill: '#ff0000' }, transition: { type: 'fade', duration: 0.1 } },
        },
      ]),
    );
    expect(clips.map((c) => (c.type === 'text' ? c.text : c.type))).toEqual(['before', '3', '2', '1']);
    expect(clips.slice(1).map((c) => [c.start, c.duration, c.zIndex])).toEqual([[2, 1, 11], [3, 1, 11], [4, 1, 11]]);
    expect(clips[1]?.style?.fill).toBe('#ff0000');
    expect(clips[1]?.transition).toEqual({ type: 'fade', duration: 0.1 });
  });

  it('does not let the template clip transform/animations leak into generated clips', () => {
    const clips = clipsOf(doc([{ type: 'template', template: 'countdown', start: 0, duration: 1, data: { from: 1 }, transform: { rotation: 45 }, animations: [{ type: 'fadeIn', duration: 1 }] }]));
    expect(clips[0]?.transform).toBeUndefined();
    expect(clips[0]?.animations?.map((a) => a.type)).toEqual(['scale', 'fadeOut']);
  });

  it('keeps an audio clip out of overrides.style/transition', () => {
    const clips = clipsOf(doc([{ type: 'template', template: 'subtitle-video', start: 0, duration: 2, data: { src: 'v.mp4', words: [] }, overrides: { transition: { type: 'wipe', duration: 0.5 } } }]));
    expect(clips.map((c) => [c.type, c.transition?.type])).toEqual([['video', 'wipe'], ['subtitle', 'wipe']]);
  });

  it('expands a template inside a layout into static children and drops its subtitles', () => {
    const result = normalizeVideoConfig(
      doc([{ type: 'layout', start: 0, duration: 2, children: [{ type: 'template', template: 'subtitle-video', data: { src: 'v.mp4', words: [] } }] }]),
    );
    const layout = result.config.tracks[0]?.clips[0];
    expect(layout?.type === 'layout' ? layout.children.map((c) => c.type) : []).toEqual(['video']);
    expect(result.warnings[0]?.message).toContain('cannot be layout children');
  });

  it('warns about an unknown variant and uses the defaults', () => {
    const result = normalizeVideoConfig(doc([{ type: 'template', template: 'quote', variant: 'neon', start: 0, duration: 2, data: { quote: 'q' } }]));
    expect(result.warnings[0]).toMatchObject({ path: 'tracks[0].clips[0].variant' });
    expect(result.config.tracks[0]?.clips.length).toBeGreaterThan(0);
  });

  it('draws nothing (and warns) for template data that would not validate', () => {
    const result = normalizeVideoConfig(doc([{ type: 'template', template: 'slideshow', start: 0, duration: 2, data: {} }]));
    expect(result.config.tracks[0]?.clips).toEqual([]);
    expect(result.warnings[0]?.path).toBe('tracks[0].clips[0].data');
  });

  it.each(loadFixtures())('%s: leaves no template and no $ref, keeps the length, and is idempotent', (_name, fixture) => {
    const validated = validateVideoConfig(fixture);
    if (!validated.success) throw new Error('fixture must validate');
    const once = normalizeVideoConfig(validated.config).config;
    const all = collectClips(once);
    expect(all.filter((c) => c.type === 'template')).toEqual([]);
    expect(JSON.stringify(all)).not.toContain('"$ref"');
    expect(totalDuration(once)).toBeCloseTo(totalDuration(validated.config));
    expect(normalizeVideoConfig(once).config).toEqual(once);
    // The normalized config is itself a valid document.
    expect(validateVideoConfig(JSON.parse(JSON.stringify(once))).success).toBe(true);
  });
});
