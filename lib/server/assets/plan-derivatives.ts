import type { ProcessingProfile, ProfileDerivative } from './built-in-profiles';

/** The source as probed: displayed size (rotation applied), length, streams. */
export interface AssetSource {
  width: number | null;
  height: number | null;
  durationSeconds: number;
  hasVideo: boolean;
  hasAudio: boolean;
}

/** One derivative to encode: its size fitted to the source and its encoder settings. */
export interface PlannedDerivative {
  id: string;
  format: ProfileDerivative['format'];
  /** As requested. */
  requestedWidth: number | null;
  width: number | null;
  height: number | null;
  quality: number;
  /** x264 / libvpx-vp9 constant rate factor (null for audio only). */
  crf: number | null;
  /** AAC or Opus bitrate, kbit/s (null: no sound). */
  audioKbps: number | null;
}

export interface AssetPlan {
  derivatives: PlannedDerivative[];
  /** Thumbnail times, ms from the start, ascending and distinct. */
  thumbnailsMs: number[];
}

/**
 * Quality 1–100 → CRF, linearly: H.264 CRF = round(40 − 0.22·q) (q 100 → 18, 80 → 22, 50 → 29, 1 → 40);
 * VP9 CRF = round(50 − 0.35·q) (q 100 → 15, 80 → 22, 50 → 33, 1 → 50). Lower CRF: better picture, larger file.
 */
export function crfFor(format: 'mp4' | 'webm', quality: number): number {
  return format === 'mp4' ? Math.round(40 - 0.22 * quality) : Math.round(50 - 0.35 * quality);
}

/** Audio bitrate: AAC-only (m4a) 64 + 1.92·q kbit/s (q 80 → 218); beside a picture, 128 (AAC) or 96 (Opus). */
export function audioKbpsFor(format: ProfileDerivative['format'], quality: number): number {
  if (format === 'm4a') return Math.round(64 + 1.92 * quality);
  return format === 'mp4' ? 128 : 96;
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/**
 * The output size for a requested width: never wider than the source (never upscaled), the source's aspect
 * kept, both sides even (4:2:0 needs them). 3840×2160 at 1280 → 1280×720; 640×360 at 1920 → 640×360;
 * 1080×1920 (portrait) at 720 → 720×1280; 853×480 at 1920 → 852×480.
 */
export function fitSize(source: { width: number; height: number }, requestedWidth: number): { width: number; height: number } {
  const width = Math.max(2, 2 * Math.floor(Math.min(requestedWidth, source.width) / 2));
  return { width, height: even((source.height * width) / source.width) };
}

/**
 * When thumbnails are taken: at 0, at the middle, and every N seconds (N, 2N… before the end), as the
 * profile says; in ms, ascending, distinct.
 */
export function thumbnailTimes(durationSeconds: number, spec: ProcessingProfile['thumbnails']): number[] {
  const durationMs = Math.floor(durationSeconds * 1000);
  if (durationMs <= 0) return [];
  const times = new Set<number>();
  if (spec.atStart) times.add(0);
  if (spec.atMiddle) times.add(Math.floor(durationMs / 2));
  if (spec.everySeconds) for (let t = spec.everySeconds * 1000; t < durationMs; t += spec.everySeconds * 1000) times.add(t);
  return [...times].sort((a, b) => a - b);
}

export class PlanError extends Error {}

/**
 * What processing will make of a source with a profile (its derivatives, or the upload's overrides):
 * video derivatives need a picture, an AAC one needs sound; thumbnails need a picture (a sound-only file
 * gets none). Throws PlanError when the profile cannot apply to the file.
 */
export function planDerivatives(
  source: AssetSource,
  profile: Pick<ProcessingProfile, 'derivatives' | 'thumbnails'>,
  newId: () => string,
): AssetPlan {
  const derivatives = profile.derivatives.map((d): PlannedDerivative => {
    if (d.format === 'm4a') {
      if (!source.hasAudio) throw new PlanError('The file has no sound to make an AAC derivative of.');
      return { id: newId(), format: 'm4a', requestedWidth: null, width: null, height: null, quality: d.quality, crf: null, audioKbps: audioKbpsFor('m4a', d.quality) };
    }
    if (!source.hasVideo || !source.width || !source.height) {
      throw new PlanError(`The file has no picture to make a ${d.format.toUpperCase()} derivative of.`);
    }
    const size = fitSize({ width: source.width, height: source.height }, d.width ?? source.width);
    return {
      id: newId(),
      format: d.format,
      requestedWidth: d.width,
      ...size,
      quality: d.quality,
      crf: crfFor(d.format, d.quality),
      audioKbps: source.hasAudio ? audioKbpsFor(d.format, d.quality) : null,
    };
  });
  const thumbnailsMs = source.hasVideo && source.width ? thumbnailTimes(source.durationSeconds, profile.thumbnails) : [];
  return { derivatives, thumbnailsMs };
}

/**
 * A rough processing time for the 201's `estimated_ms`: 1.5 s of overhead, plus per derivative the source's
 * length × its pixels relative to 720p × 0.5 (MP4) or 2 (WebM: VP9 is slower), 0.05 × length for AAC,
 * and 150 ms a thumbnail.
 */
export function estimateProcessingMs(durationSeconds: number, plan: AssetPlan): number {
  const perSecond = plan.derivatives.reduce((sum, d) => {
    if (d.format === 'm4a') return sum + 0.05;
    const pixels = ((d.width ?? 0) * (d.height ?? 0)) / (1280 * 720);
    return sum + pixels * (d.format === 'mp4' ? 0.5 : 2);
  }, 0);
  return Math.round(1500 + durationSeconds * 1000 * perSecond + 150 * plan.thumbnailsMs.length);
}
