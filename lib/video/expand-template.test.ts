import { describe, expect, it } from 'vitest';
import { templateNames } from './capabilities';
import { expandTemplate, templateParams, type TemplateLike } from './expand-template';
import type { Clip } from './schema';
import { validateVideoConfig } from './validate';

const meta = { version: '2.0.0', width: 1280, height: 720, fps: 30 };
const words = [{ word: 'hi', punctuated_word: 'Hi', start: 0, end: 0.5 }];
const sampleData: Record<(typeof templateNames)[number], Record<string, unknown>> = {
  slideshow: { images: ['a.png', { image: 'b.png', caption: 'B' }] },
  'subtitle-video': { src: 'v.mp4', words },
  'product-intro': { name: 'Thing', tagline: 't', features: ['a', 'b'], price: 9, image: 'p.png', cta: 'Buy' },
  quote: { quote: 'q', author: 'a', role: 'r' },
  countdown: {},
  list: { title: 'T', items: ['a', 'b', 'c'] },
  'talking-head': { src: 'v.mp4', words, title: 'T', speaker: 'S', role: 'R' },
  'text-reveal': { text: 'Hello', subtitle: 'world' },
};
const expand = (template: TemplateLike, window = { start: 2, duration: 6 }) => expandTemplate(template, meta, window);
const tpl = (template: (typeof templateNames)[number], data: Record<string, unknown>, extra: Partial<TemplateLike> = {}): TemplateLike => ({ type: 'template', template, data, ...extra });
const label = (c: Clip) => (c.type === 'text' ? c.text : c.type === 'image' ? `image:${String(c.src)}` : c.type);

describe.each(templateNames)('template %s', (name) => {
  const clips = expand(tpl(name, sampleData[name]));

  it('expands into clips that stay inside the template window', () => {
    expect(clips.length).toBeGreaterThan(0);
    for (const c of clips) {
      expect(c.start).toBeGreaterThanOrEqual(2);
      expect(c.start + c.duration).toBeLessThanOrEqual(8 + 1e-9);
    }
  });

  it('expands into clips that form a valid config', () => {
    const result = validateVideoConfig(JSON.parse(JSON.stringify({ meta, tracks: [{ clips }] })));
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});

describe('slideshow', () => {
  it('splits the window evenly and cross-fades each slide in over the previous one', () => {
    const clips = expand(tpl('slideshow', { images: ['a.png', 'b.png', 'c.png'] }), { start: 0, duration: 6 });
    const slides = clips.filter((c) => c.type === 'image');
    expect(slides.map((c) => [c.start, c.duration])).toEqual([[0, 2.5], [2, 2.5], [4, 2]]);
    expect(slides.every((c) => c.transition?.type === 'fade' && c.transition.mode === 'in')).toBe(true);
  });

  it('honours durationPerSlide, drops slides past the window and shows captions unless turned off', () => {
    const data = { images: [{ image: 'a.png', caption: 'A' }, 'b.png', 'c.png'], durationPerSlide: 3 };
    expect(expand(tpl('slideshow', data), { start: 0, duration: 4 }).map(label)).toEqual(['image:a.png', 'A', 'image:b.png']);
    expect(expand(tpl('slideshow', { ...data, showCaptions: false }), { start: 0, duration: 4 }).map(label)).not.toContain('A');
  });

  it('the kenburns variant adds a slow zoom; the slide variant swaps the transition', () => {
    const [kb] = expand(tpl('slideshow', { images: ['a.png'] }, { variant: 'kenburns' }));
    expect(kb?.animations?.[0]).toMatchObject({ type: 'scale', from: 1, to: 1.08 });
    const [, second] = expand(tpl('slideshow', { images: ['a.png', 'b.png'] }, { variant: 'slide' }));
    expect(second?.transition?.type).toBe('slide');
  });
});

describe('the other templates', () => {
  it('subtitle-video: a full-canvas video plus subtitles over the whole window', () => {
    const clips = expand(tpl('subtitle-video', { src: 'v.mp4', words, source: { start: 1 }, volume: 0.5 }));
    expect(clips.map((c) => [c.type, c.start, c.duration])).toEqual([['video', 2, 6], ['subtitle', 2, 6]]);
    expect(clips[0]).toMatchObject({ src: 'v.mp4', volume: 0.5, source: { start: 1 }, transform: { width: '100%', height: '100%' } });
  });

  it('talking-head: video, captions, title for 3 s and a lower third for 5 s', () => {
    const clips = expand(tpl('talking-head', sampleData['talking-head']));
    expect(clips.map(label)).toEqual(['video', 'subtitle', 'T', 'rect', 'rect', 'S', 'R']);
    expect(clips.find((c) => label(c) === 'T')?.duration).toBe(3);
    expect(clips.find((c) => label(c) === 'S')?.duration).toBe(5);
    expect(expand(tpl('talking-head', { ...sampleData['talking-head'], showLowerThird: false })).map(label)).not.toContain('S');
  });

  it('product-intro: image left, text stacked on the right, entrances staggered', () => {
    const clips = expand(tpl('product-intro', sampleData['product-intro']));
    expect(clips.map(label)).toEqual(['rect', 'image:p.png', 'Thing', 't', '✓ a', '✓ b', '9', 'rect', 'Buy']);
    const delays = clips.filter((c) => c.type === 'text').map((c) => c.animations?.[0]?.delay ?? 0);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    const ys = clips.filter((c) => c.type === 'text' && c.id !== 'cta-label').map((c) => Number.parseFloat(String(c.transform?.y)));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('product-intro without an image centres the text; the light variant changes the theme', () => {
    const clips = expand(tpl('product-intro', { name: 'X' }, { variant: 'light' }));
    expect(clips[0]?.style?.fill).toBe('#f6f6f4');
    expect(clips[1]?.transform).toMatchObject({ x: '50%', anchor: 'center' });
  });

  it('quote accepts text as an alias and formats the author line', () => {
    expect(expand(tpl('quote', { text: 'Q', author: 'A' })).map(label)).toEqual(['rect', '“', 'Q', '— A']);
  });

  it('countdown: one equal slot per number, then endText', () => {
    const clips = expand(tpl('countdown', { from: 5, to: 3, endText: 'Go' }), { start: 0, duration: 4 }).filter((c) => c.type === 'text');
    expect(clips.map((c) => [label(c), c.start, c.duration])).toEqual([['5', 0, 1], ['4', 1, 1], ['3', 2, 1], ['Go', 3, 1]]);
  });

  it('list: items appear one after another, numbered in the numbered variant', () => {
    const clips = expand(tpl('list', { items: ['a', 'b'], stagger: 1 }, { variant: 'numbered' }));
    expect(clips.filter((c) => c.type === 'text').map((c) => [label(c), c.animations?.[0]?.delay])).toEqual([['1. a', 0.3], ['2. b', 1.3]]);
  });

  it('text-reveal: a wipe in the requested direction', () => {
    const headline = expand(tpl('text-reveal', { text: 'Hi', direction: 'left' })).find((c) => c.id === 'headline');
    expect(headline?.transition).toMatchObject({ type: 'wipe', direction: 'left', mode: 'in' });
  });
});

describe('templateParams', () => {
  it('merges defaults → variant → data → overrides.data, last wins', () => {
    const { params } = templateParams(tpl('list', { items: ['a'], bullet: '-' }, { variant: 'numbered', overrides: { data: { stagger: 2 } } }));
    expect(params).toMatchObject({ items: ['a'], bullet: '-', stagger: 2 });
  });
});
