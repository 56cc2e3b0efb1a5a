/** One output a processing profile makes from an asset (RendrSink's derivatives). */
export interface ProfileDerivative {
  /** mp4: H.264/AAC; webm: VP9/Opus; m4a: AAC audio only. */
  format: 'mp4' | 'webm' | 'm4a';
  /** Output width in pixels (never upscaled); null for audio. */
  width: number | null;
  /** 1–100: the encoder's quality target. */
  quality: number;
}

export interface ProcessingProfile {
  slug: string;
  description: string;
  derivatives: ProfileDerivative[];
  /** Thumbnails taken at 0, at the middle, and every N seconds (null: not periodically). */
  thumbnails: { atStart: boolean; atMiddle: boolean; everySeconds: number | null };
}

const web = (width: number): ProfileDerivative[] => [
  { format: 'mp4', width, quality: 80 },
  { format: 'webm', width, quality: 80 },
];
const startAndMiddle = { atStart: true, atMiddle: true, everySeconds: null };

/** The profiles every account has (RendrSink's documented slugs). */
export const builtInProfiles: readonly ProcessingProfile[] = [
  { slug: 'web-optimized-1080p', description: 'MP4 and WebM at 1920 px wide for the web.', derivatives: web(1920), thumbnails: startAndMiddle },
  { slug: 'web-optimized-720p', description: 'MP4 and WebM at 1280 px wide for the web.', derivatives: web(1280), thumbnails: startAndMiddle },
  { slug: 'mobile-480p', description: 'A small MP4 at 854 px wide for phones.', derivatives: [{ format: 'mp4', width: 854, quality: 70 }], thumbnails: startAndMiddle },
  { slug: 'audio-aac', description: 'The sound alone, as AAC in M4A.', derivatives: [{ format: 'm4a', width: null, quality: 80 }], thumbnails: { atStart: false, atMiddle: false, everySeconds: null } },
  { slug: 'thumbnail-only', description: 'No derivatives: thumbnails at the start, the middle and every 10 seconds.', derivatives: [], thumbnails: { atStart: true, atMiddle: true, everySeconds: 10 } },
];

/** A profile as RendrSink's API shows it (snake_case). */
export function serializeProfile(p: ProcessingProfile, isBuiltIn: boolean) {
  return {
    slug: p.slug,
    description: p.description,
    built_in: isBuiltIn,
    derivatives: p.derivatives.map((d) => ({ format: d.format, width: d.width, quality: d.quality })),
    thumbnails: { at_start: p.thumbnails.atStart, at_middle: p.thumbnails.atMiddle, every_seconds: p.thumbnails.everySeconds },
  };
}
