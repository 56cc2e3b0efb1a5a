import { describe, expect, it } from 'vitest';
import { builtInProfiles } from './built-in-profiles';
import { crfFor, estimateProcessingMs, fitSize, PlanError, planDerivatives, thumbnailTimes } from './plan-derivatives';

const profile = (slug: string) => builtInProfiles.find((p) => p.slug === slug)!;
let n = 0;
const ids = () => `drv_${++n}`;
const uhd = { width: 3840, height: 2160, durationSeconds: 124.5, hasVideo: true, hasAudio: true };

describe('fitSize', () => {
  it.each([
    [{ width: 3840, height: 2160 }, 1280, { width: 1280, height: 720 }],
    [{ width: 640, height: 360 }, 1920, { width: 640, height: 360 }], // never upscaled
    [{ width: 1080, height: 1920 }, 720, { width: 720, height: 1280 }], // portrait keeps its aspect
    [{ width: 853, height: 480 }, 1920, { width: 852, height: 480 }], // odd width → even
    [{ width: 1920, height: 817 }, 1280, { width: 1280, height: 544 }], // 544.66 → nearest even
  ])('%o at %i → %o', (source, width, expected) => {
    expect(fitSize(source, width)).toEqual(expected);
  });
});

describe('crfFor', () => {
  it('maps quality linearly, higher quality to a lower CRF', () => {
    expect([100, 80, 50, 1].map((q) => crfFor('mp4', q))).toEqual([18, 22, 29, 40]);
    expect([100, 80, 50, 1].map((q) => crfFor('webm', q))).toEqual([15, 22, 33, 50]);
  });
});

describe('thumbnailTimes', () => {
  it('takes 0, the middle and every N seconds, distinct and in order', () => {
    expect(thumbnailTimes(25, { atStart: true, atMiddle: true, everySeconds: 10 })).toEqual([0, 10_000, 12_500, 20_000]);
    expect(thumbnailTimes(20, { atStart: true, atMiddle: true, everySeconds: 10 })).toEqual([0, 10_000]); // middle = 10 s, none at the end
    expect(thumbnailTimes(4, { atStart: false, atMiddle: true, everySeconds: null })).toEqual([2000]);
    expect(thumbnailTimes(0, { atStart: true, atMiddle: true, everySeconds: 1 })).toEqual([]);
  });
});

describe('planDerivatives', () => {
  it('web-optimized-720p on a 4K source: MP4 and WebM at 1280×720, thumbnails at 0 and the middle', () => {
    const plan = planDerivatives(uhd, profile('web-optimized-720p'), ids);
    expect(plan.derivatives.map(({ format, width, height, crf, audioKbps }) => ({ format, width, height, crf, audioKbps }))).toEqual([
      { format: 'mp4', width: 1280, height: 720, crf: 22, audioKbps: 128 },
      { format: 'webm', width: 1280, height: 720, crf: 22, audioKbps: 96 },
    ]);
    expect(plan.thumbnailsMs).toEqual([0, 62_250]);
    expect(new Set(plan.derivatives.map((d) => d.id)).size).toBe(2);
  });

  it('never upscales a small source', () => {
    const plan = planDerivatives({ ...uhd, width: 320, height: 180 }, profile('web-optimized-1080p'), ids);
    expect(plan.derivatives.every((d) => d.width === 320 && d.height === 180 && d.requestedWidth === 1920)).toBe(true);
  });

  it('a silent video gets no audio track in its derivatives', () => {
    const plan = planDerivatives({ ...uhd, hasAudio: false }, profile('mobile-480p'), ids);
    expect(plan.derivatives[0]).toMatchObject({ format: 'mp4', width: 854, height: 480, audioKbps: null });
  });

  it('audio-aac makes AAC from sound alone, and refuses a file without sound', () => {
    const audio = { width: null, height: null, durationSeconds: 3, hasVideo: false, hasAudio: true };
    expect(planDerivatives(audio, profile('audio-aac'), ids)).toMatchObject({ derivatives: [{ format: 'm4a', width: null, audioKbps: 218 }], thumbnailsMs: [] });
    expect(() => planDerivatives({ ...uhd, hasAudio: false }, profile('audio-aac'), ids)).toThrow(PlanError);
  });

  it('refuses video derivatives of a sound-only file, and gives it no thumbnails', () => {
    const audio = { width: null, height: null, durationSeconds: 3, hasVideo: false, hasAudio: true };
    expect(() => planDerivatives(audio, profile('web-optimized-720p'), ids)).toThrow(/no picture/);
    expect(planDerivatives(audio, profile('thumbnail-only'), ids)).toEqual({ derivatives: [], thumbnailsMs: [] });
  });

  it('estimates more time for WebM than for MP4, and for longer sources', () => {
    const mp4 = planDerivatives(uhd, { derivatives: [{ format: 'mp4', width: 1280, quality: 80 }], thumbnails: profile('audio-aac').thumbnails }, ids);
    const webm = planDerivatives(uhd, { derivatives: [{ format: 'webm', width: 1280, quality: 80 }], thumbnails: profile('audio-aac').thumbnails }, ids);
    expect(estimateProcessingMs(10, webm)).toBeGreaterThan(estimateProcessingMs(10, mp4));
    expect(estimateProcessingMs(20, mp4)).toBeGreaterThan(estimateProcessingMs(10, mp4));
    expect(estimateProcessingMs(10, mp4)).toBe(1500 + 10_000 * 0.5);
  });
});
