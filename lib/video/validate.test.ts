import { describe, expect, it } from 'vitest';
import { loadFixtures } from './testing/load-fixtures';
import { summarizeIssues, validateVideoConfig } from './validate';

const fixtures = loadFixtures();

describe('every fixture in e2e/fixtures/configs', () => {
  it('there is one per clip type, animation and transition, plus the rich ones', () => {
    const names = fixtures.map(([name]) => name);
    for (const type of ['text', 'image', 'video', 'audio', 'rect', 'circle', 'polygon', 'subtitle', 'layout', 'svg']) expect(names).toContain(`clip-${type}`);
    for (const a of ['fade-in', 'fade-out', 'zoom-in', 'zoom-out', 'slide-in', 'slide-out', 'move', 'scale', 'rotate']) expect(names).toContain(`animation-${a}`);
    for (const t of ['fade', 'slide', 'wipe', 'zoom', 'blur', 'push', 'iris', 'spin', 'light-sweep']) expect(names).toContain(`transition-${t}`);
    for (const t of ['slideshow', 'subtitle-video', 'product-intro', 'quote', 'countdown', 'list']) expect(names).toContain(`template-${t}`);
    expect(names).toEqual(expect.arrayContaining(['product-promo', 'captioned-talking-head', 'slideshow-with-music']));
  });

  it.each(fixtures)('%s validates without issues or warnings', (_name, fixture) => {
    const result = validateVideoConfig(fixture);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.warnings).toEqual([]);
  });
});

type Json = Record<string, unknown>;
const base = (): Json => ({ meta: { version: '2.0.0', width: 640, height: 360, fps: 30 }, tracks: [{ clips: [text] }] });
const text = { type: 'text', text: 'hi', start: 0, duration: 1 };
const withMeta = (meta: Json): Json => ({ ...base(), meta: { ...(base().meta as Json), ...meta } });
const withClip = (clip: unknown, extra: Json = {}): Json => ({ ...base(), ...extra, tracks: [{ clips: [clip] }] });
const template = (name: string, extra: Json = {}) => withClip({ type: 'template', template: name, start: 0, duration: 2, ...extra });
const word = (w: string, start: number, end?: number) => ({ word: w, punctuated_word: w, start, ...(end === undefined ? {} : { end }) });
const c0 = 'tracks[0].clips[0]';

// [what is wrong, input, expected path, a fragment of the expected message]
const brokenConfigs: [string, unknown, string, string][] = [
  ['a JSON array instead of an object', [], '(root)', 'must be a JSON object'],
  ['a string instead of an object', 'config', '(root)', 'must be a JSON object'],
  ['no meta', { tracks: [{ clips: [] }] }, 'meta', 'is required'],
  ['no tracks at all', { meta: base().meta }, 'tracks', 'is required'],
  ['an empty track list', { ...base(), tracks: [] }, 'tracks', 'needs at least one track'],
  ['the legacy top-level video object', { ...base(), video: { width: 1920 } }, 'video', 'old v1 shape'],
  ['the legacy top-level audio object', { ...base(), audio: { src: 'a.mp3' } }, 'audio', 'old v1 shape'],
  ['a project duration in meta', withMeta({ duration: 10 }), 'meta.duration', 'no project duration'],
  ['a fractional width', withMeta({ width: 100.5 }), 'meta.width', 'whole number'],
  ['fps 0', withMeta({ fps: 0 }), 'meta.fps', 'must be 1 or more'],
  ['a gradient with one stop', withMeta({ background: { type: 'linear', stops: [{ offset: 0, color: '#fff' }] } }), 'meta.background.stops', 'at least two stops'],
  ['a gradient stop offset above 1', withMeta({ background: { type: 'radial', stops: [{ offset: 0, color: '#fff' }, { offset: 100, color: '#000' }] } }), 'meta.background.stops[1].offset', 'between 0 and 1'],
  ['a number as background', withMeta({ background: 5 }), 'meta.background', 'CSS colour, "transparent" or a gradient'],
  ['duration 0', withClip({ ...text, duration: 0 }), `${c0}.duration`, 'must be greater than 0'],
  ['a negative start', withClip({ ...text, start: -1 }), `${c0}.start`, 'must be 0 or more'],
  ['a missing start', withClip({ type: 'rect', duration: 1 }), `${c0}.start`, 'is required'],
  ['text without text', withClip({ type: 'text', start: 0, duration: 1 }), `${c0}.text`, 'is required'],
  ['an unsupported newest-docs clip type', withClip({ type: 'three', start: 0, duration: 1 }), `${c0}.type`, 'unsupported clip type "three"'],
  ['the code clip type', withClip({ type: 'code', start: 0, duration: 1 }), `${c0}.type`, 'unsupported clip type "code"'],
  ['an unknown clip type', withClip({ type: 'sparkle', start: 0, duration: 1 }), `${c0}.type`, 'unknown clip type "sparkle"'],
  ['a clip without type', withClip({ start: 0, duration: 1 }), `${c0}.type`, 'is required'],
  ['a null clip', withClip(null), c0, 'must be an object'],
  ['a misspelled field', withClip({ ...text, opactiy: 0.5 }), `${c0}.opactiy`, 'unknown field "opactiy"'],
  ['opacity above 1', withClip({ ...text, opacity: 1.5 }), `${c0}.opacity`, 'between 0 and 1'],
  ['a garbage percentage', withClip({ ...text, transform: { x: '50 percent' } }), `${c0}.transform.x`, 'percentage such as "50%"'],
  ['a boolean position', withClip({ ...text, transform: { y: true } }), `${c0}.transform.y`, 'percentage such as "50%"'],
  ['an unknown anchor', withClip({ ...text, transform: { anchor: 'middle' } }), `${c0}.transform.anchor`, 'must be one of "center"'],
  ['a 3-value skew', withClip({ ...text, transform: { skew: [1, 2, 3] } }), `${c0}.transform.skew`, ''],
  ['an unknown style filter', withClip({ ...text, style: { filters: [{ type: 'glow', value: 1 }] } }), `${c0}.style.filters[0].type`, 'must be one of "blur"'],
  ['an unknown animation type', withClip({ ...text, animations: [{ type: 'bounce', duration: 1 }] }), `${c0}.animations[0].type`, 'unknown animation type "bounce"'],
  ['an animation without duration', withClip({ ...text, animations: [{ type: 'fadeIn' }] }), `${c0}.animations[0].duration`, 'is required'],
  ['an unknown easing', withClip({ ...text, animations: [{ type: 'fadeIn', duration: 1, easing: 'easeInFoo' }] }), `${c0}.animations[0].easing`, 'unknown easing "easeInFoo"'],
  ['a fractional loop count', withClip({ ...text, animations: [{ type: 'rotate', duration: 1, loop: 1.5 }] }), `${c0}.animations[0].loop`, 'whole number of cycles'],
  ['a slide direction that is not one of four', withClip({ ...text, animations: [{ type: 'slideIn', duration: 1, direction: 'north' }] }), `${c0}.animations[0].direction`, 'must be one of "left"'],
  ['move with a number as from', withClip({ ...text, animations: [{ type: 'move', duration: 1, from: 5 }] }), `${c0}.animations[0].from`, 'must be an object'],
  ['from on a fade', withClip({ ...text, animations: [{ type: 'fadeIn', duration: 1, from: 0 }] }), `${c0}.animations[0].from`, 'unknown field "from"'],
  ['an unknown keyframe property', withClip({ ...text, keyframes: [{ property: 'color', frames: [{ time: 0, value: 1 }] }] }), `${c0}.keyframes[0].property`, 'unknown keyframe property "color"'],
  ['a keyframe opacity of 2', withClip({ ...text, keyframes: [{ property: 'opacity', frames: [{ time: 0, value: 2 }] }] }), `${c0}.keyframes[0].frames[0].value`, 'between 0 and 1'],
  ['keyframes without frames', withClip({ ...text, keyframes: [{ property: 'x', frames: [] }] }), `${c0}.keyframes[0].frames`, 'at least one frame'],
  ['an unknown transition', withClip({ ...text, transition: { type: 'dissolve', duration: 1 } }), `${c0}.transition.type`, 'must be one of "fade"'],
  ['a transition without duration', withClip({ ...text, transition: { type: 'fade' } }), `${c0}.transition.duration`, 'is required'],
  ['a trim that ends before it starts', withClip({ type: 'video', src: 'a.mp4', start: 0, duration: 1, source: { start: 3, end: 2 } }), `${c0}.source.end`, 'end must be after start'],
  ['a negative volume', withClip({ type: 'audio', src: 'a.mp3', start: 0, duration: 1, volume: -1 }), `${c0}.volume`, 'must be 0 or more'],
  ['playbackRate 0', withClip({ type: 'video', src: 'a.mp4', start: 0, duration: 1, playbackRate: 0 }), `${c0}.playbackRate`, 'greater than 0'],
  ['an image without src', withClip({ type: 'image', start: 0, duration: 1 }), `${c0}.src`, 'is required'],
  ['a src that is neither URL nor $ref', withClip({ type: 'image', src: { url: 'x' }, start: 0, duration: 1 }), `${c0}.src`, '$ref'],
  ['a $ref to a missing image', withClip({ type: 'image', src: { $ref: 'missing' }, start: 0, duration: 1 }), `${c0}.src.$ref`, 'unknown asset "missing"'],
  ['a $ref into the wrong pool', withClip({ type: 'video', src: { $ref: 'pic' }, start: 0, duration: 1 }, { assets: { images: [{ id: 'pic', src: 'p.png' }] } }), `${c0}.src.$ref`, 'assets.videos'],
  ['duplicate asset ids', { ...base(), assets: { images: [{ id: 'a', src: 'x' }, { id: 'a', src: 'y' }] } }, 'assets.images[1].id', 'duplicate id "a"'],
  ['an unknown asset pool', { ...base(), assets: { sounds: [] } }, 'assets.sounds', 'unknown field'],
  ['a subtitle word without end', withClip({ type: 'subtitle', start: 0, duration: 1, words: [word('a', 0, 1), word('b', 1)] }), `${c0}.words[1].end`, 'is required'],
  ['a word that ends before it starts', withClip({ type: 'subtitle', start: 0, duration: 1, words: [word('a', 1, 0.5)] }), `${c0}.words[0].end`, 'must not be before start'],
  ['words as a number', withClip({ type: 'subtitle', start: 0, duration: 1, words: 3 }), `${c0}.words`, 'array of words'],
  ['an unknown subtitle mode', withClip({ type: 'subtitle', start: 0, duration: 1, words: [], config: { mode: 'karaoke' } }), `${c0}.config.mode`, 'must be one of "batch"'],
  ['a subtitle inside a layout', withClip({ type: 'layout', start: 0, duration: 1, children: [{ type: 'subtitle', words: [] }] }), `${c0}.children[0].type`, 'cannot be layout children'],
  ['an unsupported type deep in layouts', withClip({ type: 'layout', start: 0, duration: 1, children: [{ type: 'layout', children: [{ type: 'icon' }] }] }), `${c0}.children[0].children[0].type`, 'unsupported clip type "icon"'],
  ['a layout without children', withClip({ type: 'layout', start: 0, duration: 1 }), `${c0}.children`, 'is required'],
  ['an svg with neither svg nor src', withClip({ type: 'svg', start: 0, duration: 1 }), c0, 'needs "svg"'],
  ['a polygon with two points', withClip({ type: 'polygon', start: 0, duration: 1, points: [[0, 0], [1, 1]] }), `${c0}.points`, 'at least 3 points'],
  ['an unknown template', template('fancy'), `${c0}.template`, 'unknown template "fancy"'],
  ['a RenderingVideo template Cutroom does not implement', template('news'), `${c0}.template`, 'template "news" is not supported'],
  ['a slideshow without images', template('slideshow', { data: {} }), `${c0}.data.images`, 'is required'],
  ['a slideshow image that is a number', template('slideshow', { data: { images: [{ image: 5 }] } }), `${c0}.data.images[0].image`, 'URL string or { "$ref"'],
  ['a bad value coming from overrides.data', template('slideshow', { data: { images: ['a.png'] }, overrides: { data: { durationPerSlide: -1 } } }), `${c0}.overrides.data.durationPerSlide`, 'greater than 0'],
  ['a $ref in template data to a missing image', template('slideshow', { data: { images: [{ image: { $ref: 'nope' } }] } }), `${c0}.data.images[0].image.$ref`, 'unknown asset "nope"'],
  ['a quote without its text', template('quote', { data: {} }), `${c0}.data.quote`, 'is required'],
  ['a countdown that counts up', template('countdown', { data: { from: 1, to: 5 } }), `${c0}.data.from`, 'at least "to"'],
  ['a list without items', template('list', { data: { items: [] } }), `${c0}.data.items`, 'at least one item'],
  ['a product-intro without a name', template('product-intro', { data: { tagline: 'x' } }), `${c0}.data.name`, 'is required'],
  ['subtitle-video without words', template('subtitle-video', { data: { src: 'a.mp4' } }), `${c0}.data.words`, ''],
  ['an unknown track kind', { ...base(), tracks: [{ type: 'music', clips: [] }] }, 'tracks[0].type', 'must be one of "visual"'],
  ['a second track with a bad clip', { ...base(), tracks: [{ clips: [] }, { clips: [text, { ...text, duration: -2 }] }] }, 'tracks[1].clips[1].duration', 'must be greater than 0'],
];

describe('broken configs fail with a precise path and message', () => {
  it.each(brokenConfigs)('%s → %s', (_what, input, path, message) => {
    const result = validateVideoConfig(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toContain(path);
    expect(result.issues.find((i) => i.path === path)?.message).toContain(message);
  });

  it('reports every problem, not just the first', () => {
    const result = validateVideoConfig({ ...withMeta({ fps: 0 }), tracks: [{ clips: [{ ...text, duration: 0 }, { ...text, start: -1 }] }] });
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual(['meta.fps', `${c0}.duration`, 'tracks[0].clips[1].start']);
  });

  it('an unknown template variant is a warning, not an error', () => {
    const result = validateVideoConfig(template('countdown', { variant: 'neon' }));
    expect(result.success).toBe(true);
    if (result.success) expect(result.warnings).toEqual([{ path: `${c0}.variant`, message: expect.stringContaining('unknown variant "neon"') }]);
  });

  it('accepts the older-generation track fields and rect/circle size aliases', () => {
    const result = validateVideoConfig({
      ...base(),
      tracks: [{ type: 'visual', muted: true, clips: [{ type: 'rect', start: 0, duration: 1, width: 10, height: '50%' }, { type: 'circle', start: 0, duration: 1, size: 20 }] }],
    });
    expect(result.success).toBe(true);
  });

  it('accepts layout children without start/duration (they are not scheduled)', () => {
    expect(validateVideoConfig(withClip({ type: 'layout', start: 0, duration: 1, children: [{ type: 'rect' }, { type: 'text', text: 'x' }] })).success).toBe(true);
  });
});

describe('summarizeIssues', () => {
  it('joins the first issues and counts the rest', () => {
    const issues = [1, 2, 3, 4].map((n) => ({ path: `p${n}`, message: `m${n}` }));
    expect(summarizeIssues(issues)).toBe('p1: m1; p2: m2; p3: m3 (+1 more)');
  });
});
