import { describe, expect, it } from 'vitest';
import { base, brokenConfigs, c0, template, text, withClip, withMeta } from './testing/broken-configs';
import { asDocument, docExamples } from './testing/doc-examples';
import { loadFixtures } from './testing/load-fixtures';
import { summarizeIssues, validateVideoConfig } from './validate';

const fixtures = loadFixtures();

describe('every fixture in e2e/fixtures/configs', () => {
  it('there is one per clip type, animation and transition, plus the rich ones', () => {
    const names = fixtures.map(([name]) => name);
    for (const type of ['text', 'image', 'video', 'audio', 'rect', 'circle', 'polygon', 'subtitle', 'layout', 'svg', 'code', 'icon', 'line', 'path', 'three']) expect(names).toContain(`clip-${type}`);
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

describe('time bounds (MAX_VIDEO_SECONDS, 4 hours)', () => {
  const clipped = (clip: Record<string, unknown>) => ({
    meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
    tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1, ...clip }] }],
  });
  it.each([
    [{ duration: 1e308 }, 'tracks[0].clips[0].duration', 'must be at most 14400 (4 hours)'],
    [{ start: 1e308 }, 'tracks[0].clips[0].start', 'must be at most 14400 (4 hours)'],
    [{ start: 10_000, duration: 10_000 }, 'tracks[0].clips[0].duration', 'the clip ends at 20000 s, past the 14400 s (4 hours) a video may last'],
  ])('%o is refused at %s', (clip, path, message) => {
    const result = validateVideoConfig(clipped(clip));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues).toContainEqual({ path, message });
  });
  it('a clip ending exactly at 4 hours is fine', () => {
    expect(validateVideoConfig(clipped({ start: 14_000, duration: 400 })).success).toBe(true);
  });
});

describe('size bounds (MAX_CLIPS, MAX_TRACKS)', () => {
  const text = { type: 'text', text: 'x', start: 0, duration: 1 };
  it('refuses more than 5000 clips before parsing them, and more than 200 tracks', () => {
    const many = validateVideoConfig({ meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: Array(200_000).fill(text) }] });
    expect(many).toEqual({ success: false, issues: [{ path: 'tracks', message: 'has 200000 clips; a video may have at most 5000 (layout children included)' }] });
    const tracks = validateVideoConfig({ meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: Array(201).fill({ clips: [text] }) });
    expect(tracks.success).toBe(false);
    if (!tracks.success) expect(tracks.issues).toContainEqual({ path: 'tracks', message: 'may have at most 200 tracks' });
  });
  it('counts layout children', () => {
    const layout = { type: 'layout', start: 0, duration: 1, children: Array(2600).fill({ type: 'text', text: 'x' }) };
    const result = validateVideoConfig({ meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [layout, layout] }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.message).toBe('has 5202 clips; a video may have at most 5000 (layout children included)');
  });
});

describe('meta defaults (the official SDK examples omit them)', () => {
  const clips = [{ type: 'text', text: 'Hello', start: 0, duration: 5 }];
  it('the Python SDK preview.create example (no fps) parses with fps 30', () => {
    const result = validateVideoConfig({ meta: { version: '2.0.0', width: 1920, height: 1080 }, tracks: [{ clips }] });
    expect(result.success && result.config.meta).toEqual({ version: '2.0.0', width: 1920, height: 1080, fps: 30 });
  });
  it('a meta of only a version is 1920×1080 at 30 fps; given values are kept', () => {
    const bare = validateVideoConfig({ meta: { version: '2.0.0' }, tracks: [{ clips }] });
    expect(bare.success && bare.config.meta).toEqual({ version: '2.0.0', width: 1920, height: 1080, fps: 30 });
    const given = validateVideoConfig({ meta: { version: '2.0.0', width: 320, height: 180, fps: 24 }, tracks: [{ clips }] });
    expect(given.success && given.config.meta).toEqual({ version: '2.0.0', width: 320, height: 180, fps: 24 });
  });
  it('version stays required', () => {
    const result = validateVideoConfig({ meta: { width: 320, height: 180 }, tracks: [{ clips }] });
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual(['meta.version']);
  });
});

describe('the example configs of the RenderingVideo element pages', () => {
  it.each(docExamples)('%s validates', (_name, example) => {
    const result = validateVideoConfig(asDocument(example));
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});

describe('code clips', () => {
  const code = (extra: Record<string, unknown>) => withClip({ type: 'code', code: 'x = 1', start: 0, duration: 1, ...extra });
  it('a language that is not bundled is a warning (drawn as plain text), aliases are fine', () => {
    const cobol = validateVideoConfig(code({ language: 'cobol' }));
    expect(cobol.success && cobol.warnings).toEqual([{ path: `${c0}.language`, message: 'language "cobol" is not bundled; the code is drawn without highlighting' }]);
    const ts = validateVideoConfig(code({ language: 'TS' }));
    expect(ts.success && ts.warnings).toEqual([]);
  });
});

describe('fields of RenderingVideo that Cutroom does not draw: accepted with a warning, dropped', () => {
  it('audio pan/ducking, transition intensity, style cache, a filter animation, a gradient fill, the empty Python `video`', () => {
    const result = validateVideoConfig({
      ...base(),
      video: {},
      tracks: [
        {
          clips: [
            { type: 'audio', src: 'a.mp3', start: 0, duration: 1, pan: -0.5, ducking: { targets: ['v'] } },
            { type: 'rect', start: 0, duration: 1, style: { cache: true, fill: { type: 'linear', stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#000' }] } }, transition: { type: 'fade', duration: 0.5, intensity: 2 } },
            { type: 'text', text: 'x', start: 0, duration: 1, animations: [{ type: 'filter', filter: 'blur', duration: 1, from: 0, to: 4 }, { type: 'fadeIn', duration: 1 }] },
          ],
        },
      ],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.path)).toEqual([
      'video', `${c0}.pan`, `${c0}.ducking`, 'tracks[0].clips[1].style.cache', 'tracks[0].clips[1].style.fill', 'tracks[0].clips[1].transition.intensity', 'tracks[0].clips[2].animations[0]',
    ]);
    const [audio, rect, label] = result.config.tracks[0]!.clips;
    expect(audio).not.toHaveProperty('pan');
    expect(rect?.style?.fill).toBe('#ff0000');
    expect(label?.animations).toEqual([{ type: 'fadeIn', duration: 1 }]);
  });
  it('a typo is still an error, and a non-empty top-level video object too', () => {
    expect(validateVideoConfig(withClip({ type: 'audio', src: 'a.mp3', start: 0, duration: 1, pann: 1 })).success).toBe(false);
    expect(validateVideoConfig({ ...base(), video: { width: 1920 } }).success).toBe(false);
  });
});
