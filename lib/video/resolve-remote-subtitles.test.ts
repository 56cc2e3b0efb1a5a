import { describe, expect, it, vi } from 'vitest';
import { normalizeVideoConfig } from './normalize';
import { inlineRemoteWords, remoteWordRefs, resolveRemoteSubtitles, type FetchLike } from './resolve-remote-subtitles';
import type { Clip, VideoConfig } from './schema';

const words = [{ word: 'hi', punctuated_word: 'Hi!', start: 0, end: 0.5 }];
const meta = { version: '2.0.0', width: 320, height: 180, fps: 30 };
const doc = (...clips: Clip[]): VideoConfig => ({ meta, tracks: [{ clips }] });
const respond = (body: unknown, status = 200): FetchLike => vi.fn(async () => ({ ok: status < 400, status, json: async () => body }));

describe('resolveRemoteSubtitles', () => {
  it.each([
    ['an array', words],
    ['{ words }', { words, transcript: 'ignored' }],
  ])('inlines words when the URL returns %s', async (_shape, body) => {
    const result = await resolveRemoteSubtitles(doc({ type: 'subtitle', start: 0, duration: 1, words: { src: 'https://x/w.json' } }), respond(body));
    expect(result.success && result.config.tracks[0]?.clips[0]).toMatchObject({ words });
  });

  it('fetches each URL once and resolves template data words too', async () => {
    const fetchFn = respond(words);
    const config = doc(
      { type: 'subtitle', start: 0, duration: 1, words: { src: 'https://x/w.json' } },
      { type: 'template', template: 'subtitle-video', start: 0, duration: 1, data: { src: 'v.mp4', words: { src: 'https://x/w.json' } } },
    );
    const result = await resolveRemoteSubtitles(config, fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    if (!result.success) throw new Error('expected success');
    const expanded = normalizeVideoConfig(result.config).config.tracks[0]?.clips ?? [];
    expect(expanded.filter((c) => c.type === 'subtitle').map((c) => (c.type === 'subtitle' ? c.words : null))).toEqual([words, words]);
  });

  it.each([
    ['an HTTP error', respond({}, 404), 'HTTP 404'],
    ['a network error', (async () => { throw new Error('ECONNREFUSED'); }) as FetchLike, 'ECONNREFUSED'],
    ['the wrong JSON', respond({ text: 'hello' }), 'must return JSON'],
  ])('reports %s at words.src instead of throwing', async (_what, fetchFn, message) => {
    const result = await resolveRemoteSubtitles(doc({ type: 'subtitle', start: 0, duration: 1, words: { src: 'https://x/w.json' } }), fetchFn);
    expect(result).toEqual({ success: false, issues: [{ path: 'tracks[0].clips[0].words.src', message: expect.stringContaining(message) }] });
  });

  it('leaves a config without remote words untouched and never fetches', async () => {
    const fetchFn = respond(words);
    const config = doc({ type: 'subtitle', start: 0, duration: 1, words }, { type: 'template', template: 'countdown', start: 0, duration: 1 });
    const result = await resolveRemoteSubtitles(config, fetchFn);
    expect(result).toEqual({ success: true, config });
    expect(fetchFn).not.toHaveBeenCalled();
  });
});

describe('remoteWordRefs / inlineRemoteWords', () => {
  const config = doc(
    { type: 'rect', start: 0, duration: 1 },
    { type: 'layout', start: 0, duration: 1, children: [{ type: 'template', template: 'subtitle-video', start: 0, duration: 1, data: { src: 'v.mp4', words: { src: 'https://x/a.json' } } }] },
    { type: 'template', template: 'subtitle-video', start: 0, duration: 1, data: { src: 'v.mp4' }, overrides: { data: { words: { src: 'https://x/b.json' } } } },
  );

  it('lists every remote list with its path, inside layouts and template overrides too', () => {
    expect(remoteWordRefs(config)).toEqual([
      { src: 'https://x/a.json', path: 'tracks[0].clips[1].children[0].data.words' },
      { src: 'https://x/b.json', path: 'tracks[0].clips[2].overrides.data.words' },
    ]);
  });

  it('inlines the lists it has and keeps the identity of everything else', () => {
    const inlined = inlineRemoteWords(config, new Map([['https://x/b.json', words]]));
    const [rect, layout, template] = inlined.tracks[0]!.clips;
    expect(rect).toBe(config.tracks[0]!.clips[0]);
    expect(layout).toBe(config.tracks[0]!.clips[1]); // a.json not loaded yet
    expect(template).toMatchObject({ data: { src: 'v.mp4' }, overrides: { data: { words } } });
    expect(inlineRemoteWords(config, new Map())).toBe(config);
  });
});
