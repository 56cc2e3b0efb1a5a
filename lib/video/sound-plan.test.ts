import { describe, expect, it } from 'vitest';
import type { Clip, VideoConfig } from './schema';
import { planSound, type SoundPlan } from './sound-plan';
import { validateVideoConfig } from './validate';

const MUSIC = 'http://127.0.0.1:9/music.mp3';
const CLIP = 'http://127.0.0.1:9/clip.mp4';

function config(tracks: { clips: unknown[]; muted?: boolean }[]): VideoConfig {
  const parsed = validateVideoConfig({ meta: { version: '2.0.0', width: 160, height: 90, fps: 30 }, tracks });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

function exact(plan: SoundPlan) {
  if (!plan.exact) throw new Error(`not exact: ${plan.reason}`);
  return plan.sources;
}

describe('planSound: the audio assets of a render, from the config', () => {
  it('a music bed: one source, one frame per composition frame, at its volume', () => {
    const sources = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 2, volume: 0.6 }] }]), 60));
    expect(sources).toHaveLength(1);
    const [s] = sources;
    expect(s?.type).toBe('audio');
    expect(s?.frames).toHaveLength(60);
    expect(s?.frames.every((f, i) => f.frame === i && f.mediaFrame === i && f.volume === 0.6)).toBe(true);
    expect(s?.audioStartFrame).toBe(0);
  });

  it('a fade-in leaves out the silent first frame (Remotion registers nothing at gain 0) and ramps per frame', () => {
    const [s] = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 1, duration: 2, volume: 0.8, fadeIn: 0.5, fadeOut: 1 }] }]), 90));
    expect(s?.frames[0]).toEqual({ frame: 31, volume: 0.8 * (1 / 30 / 0.5), mediaFrame: 1 });
    expect(s?.frames).toHaveLength(59);
    expect(s?.frames[14]?.volume).toBeCloseTo(0.8, 10); // frame 15 of the clip: the fade is over
    const last = s?.frames.at(-1);
    expect(last?.frame).toBe(89);
    expect(last?.volume).toBeCloseTo(0.8 * (1 / 30), 10); // one frame before the end of a 1 s fade-out
  });

  it('a trim starts the media at trimBefore and ends it where the trimmed span runs out, at the playback rate', () => {
    const [a] = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 5, source: { start: 1, end: 2 } }] }]), 150));
    expect(a?.audioStartFrame).toBe(30);
    expect(a?.frames.map((f) => f.mediaFrame)).toEqual(Array.from({ length: 30 }, (_, k) => 30 + k));
    const [b] = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 5, playbackRate: 2, source: { end: 2.5 } }] }]), 150));
    expect(b?.playbackRate).toBe(2);
    expect(b?.audioStartFrame).toBe(0);
    expect(b?.frames).toHaveLength(38); // (75 − 0) / 2 = 37.5 frames: the Sequence shows frames 0…37
  });

  it('mutes: a muted track, a muted clip, a muted video; a hidden track still sounds', () => {
    const plan = planSound(
      config([
        { clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 1 }], muted: true },
        { clips: [{ type: 'audio', src: MUSIC, start: 1, duration: 1, muted: true }] },
        { clips: [{ type: 'video', src: CLIP, start: 0, duration: 1, muted: true }] },
        { clips: [{ type: 'video', src: CLIP, start: 1, duration: 1, volume: 0.5 }], hidden: true } as never,
      ]),
      60,
    );
    const sources = exact(plan);
    expect(sources.map((s) => [s.type, s.frames[0]?.frame, s.frames.length, s.frames[0]?.volume])).toEqual([['video', 30, 30, 0.5]]);
  });

  it('audio and video inside a layout sound over the layout window', () => {
    const layout = {
      type: 'layout',
      start: 0.5,
      duration: 1,
      children: [
        { type: 'audio', src: MUSIC, volume: 0.3 },
        { type: 'video', src: CLIP },
        { type: 'layout', children: [{ type: 'rect' }] },
      ],
    };
    const sources = exact(planSound(config([{ clips: [layout] }]), 45));
    expect(sources.map((s) => [s.type, s.frames[0]?.frame, s.frames.length])).toEqual([
      ['audio', 15, 30],
      ['video', 15, 30],
    ]);
  });

  it('frames past the composition are not visited', () => {
    const [s] = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 2 }] }]), 45));
    expect(s?.frames).toHaveLength(45);
  });

  it('a fade transition on audio multiplies the gain', () => {
    const [s] = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 2, transition: { type: 'fade', duration: 1 } } as Clip] }]), 60));
    expect(s?.frames.length).toBeLessThan(60);
    expect(s?.frames.some((f) => f.volume < 1)).toBe(true);
  });

  it('a loop over a trim range: one source per iteration (Remotion remounts the media), each from trimBefore again', () => {
    // (36 − 15) / 1.2 = 17.5 frames of media per iteration: the <Loop> is 18 frames, its media shows 17.5 of them.
    const sources = exact(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0.5, duration: 2, loop: true, source: { start: 0.5, end: 1.2 }, playbackRate: 1.2 }] }]), 75));
    expect(sources.map((s) => [s.frames[0]?.frame, s.frames.length, s.frames[0]?.mediaFrame, s.frames.at(-1)?.mediaFrame])).toEqual([
      [15, 18, 15, 32],
      [33, 18, 15, 32],
      [51, 18, 15, 32],
      [69, 6, 15, 20],
    ]);
    expect(sources.every((s) => s.audioStartFrame === 15 && s.playbackRate === 1.2)).toBe(true);
  });

  it('refuses what it cannot reproduce: loops of the whole file, relative srcs, two sources Remotion would take for one', () => {
    expect(planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 2, loop: true }] }]), 60)).toMatchObject({
      exact: false,
      reason: 'a looping audio clip without source.end',
    });
    expect(planSound(config([{ clips: [{ type: 'audio', src: '/media/music.mp3', start: 0, duration: 2 }] }]), 60).exact).toBe(false);
    const twice = planSound(config([{ clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 2 }] }, { clips: [{ type: 'audio', src: MUSIC, start: 0, duration: 1 }] }]), 60);
    expect(twice).toMatchObject({ exact: false, reason: 'two sources with the same src and start' });
  });

  it('nothing sounds: an exact, empty plan (the mixer makes the silent track)', () => {
    expect(planSound(config([{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1 }] }]), 30)).toEqual({ exact: true, sources: [] });
  });
});
