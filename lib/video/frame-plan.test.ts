import { describe, expect, it } from 'vitest';
import { planFrames, sourceFrames, type FramePlan } from './frame-plan';
import type { Clip, VideoConfig } from './schema';

const config = (clips: Clip[], fps = 30): VideoConfig => ({ meta: { version: '2.0.0', width: 320, height: 180, fps }, tracks: [{ clips }] });
const text = (extra: Partial<Clip> = {}): Clip => ({ type: 'text', text: 'Hi', start: 0, duration: 2, ...extra }) as Clip;
/** The first frame of each run: the frames that are captured. */
const captures = (plan: FramePlan) => plan.runs.map((r) => r.from);

describe('planFrames', () => {
  it('captures a still picture once and holds it for the whole video', () => {
    const plan = planFrames(config([text(), { type: 'rect', start: 0, duration: 2, style: { fill: '#f00' } } as Clip]));
    expect(plan).toEqual({ durationInFrames: 60, runs: [{ from: 0, frames: 60 }] });
  });

  it('starts a new capture on the first frame a fade changes, even one frame into a held run', () => {
    // The fade starts at 1 s: frame 30 still shows progress 0 (same as frame 0), frame 31 differs.
    const plan = planFrames(config([text({ animations: [{ type: 'fadeIn', duration: 0.5, delay: 1 }] } as Partial<Clip>)]));
    expect(plan.runs[0]).toEqual({ from: 0, frames: 31 });
    // Every frame of the fade is its own capture, then the end state is held to the end.
    expect(captures(plan).slice(1, 16)).toEqual(Array.from({ length: 15 }, (_, i) => 31 + i));
    expect(plan.runs.at(-1)).toEqual({ from: 45, frames: 15 });
  });

  it('starts and ends runs where clips appear and disappear', () => {
    const plan = planFrames(config([text({ duration: 3 }), text({ start: 1, duration: 1, text: 'later' } as Partial<Clip>)]));
    expect(plan.runs).toEqual([
      { from: 0, frames: 30 },
      { from: 30, frames: 30 },
      { from: 60, frames: 30 },
    ]);
  });

  it('captures every frame while a video is on screen', () => {
    const plan = planFrames(config([text({ duration: 2 }), { type: 'video', src: 'https://example.com/a.mp4', start: 1, duration: 0.5 } as Clip]));
    expect(captures(plan)).toEqual([0, ...Array.from({ length: 15 }, (_, i) => 30 + i), 45]);
  });

  it('holds still images but never ones that may animate by themselves, nor clip types it does not know', () => {
    const png = planFrames(config([{ type: 'image', src: 'https://example.com/a.png', start: 0, duration: 1 } as Clip]));
    expect(png.runs).toHaveLength(1);
    const gif = planFrames(config([{ type: 'image', src: 'https://example.com/a.gif', start: 0, duration: 1 } as Clip]));
    expect(gif.runs).toHaveLength(30);
    const unknown = planFrames(config([{ type: 'hologram', start: 0, duration: 1 } as unknown as Clip]));
    expect(unknown.runs).toHaveLength(30);
    const animatedSvg = planFrames(config([{ type: 'svg', svg: '<svg><circle r="5"><animate attributeName="r"/></circle></svg>', start: 0, duration: 1 } as Clip]));
    expect(animatedSvg.runs).toHaveLength(30);
  });

  it('holds a line while its drawn stretch stays the same, and captures every frame of its reveal', () => {
    const line = { type: 'line', start: 0, duration: 1, points: [[0, 0], [100, 0]], keyframes: [{ property: 'drawEnd', frames: [{ time: 0.5, value: 0 }, { time: 0.6, value: 1 }] }] };
    const plan = planFrames(config([line as unknown as Clip]));
    expect(plan.runs[0]).toEqual({ from: 0, frames: 16 });
    expect(plan.runs.at(-1)).toEqual({ from: 18, frames: 12 });
  });

  it('captures a subtitle frame whenever the spoken word changes', () => {
    const words = [
      { word: 'one', start: 0, end: 0.5 },
      { word: 'two', start: 0.5, end: 1 },
    ];
    const plan = planFrames(config([{ type: 'subtitle', start: 0, duration: 1, words } as Clip]));
    expect(captures(plan)).toEqual([0, 15]);
  });

  it('holds a keyframed value only where it stays constant', () => {
    const clip = text({ keyframes: [{ property: 'opacity', frames: [{ time: 0.5, value: 1 }, { time: 1, value: 0 }] }] } as unknown as Partial<Clip>);
    const plan = planFrames(config([clip]));
    expect(plan.runs[0]).toEqual({ from: 0, frames: 16 });
    expect(plan.runs.at(-1)).toEqual({ from: 30, frames: 30 });
  });

  it('is not held back by clips on hidden tracks, which are not drawn', () => {
    const video = { type: 'video', src: 'https://example.com/a.mp4', start: 0, duration: 1 } as Clip;
    const doc: VideoConfig = { ...config([text({ duration: 1 })]), tracks: [{ clips: [text({ duration: 1 })] }, { hidden: true, clips: [video] }] as VideoConfig['tracks'] };
    expect(planFrames(doc).runs).toHaveLength(1);
  });

  it('maps every output frame to the frame captured for it', () => {
    const plan = planFrames(config([text({ duration: 0.2 }), text({ start: 0.1, duration: 0.1 })]));
    expect(sourceFrames(plan)).toEqual([0, 0, 0, 3, 3, 3]);
  });
});
