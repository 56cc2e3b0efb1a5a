import type { VideoConfig } from './schema';
import { renderedDuration } from './timing';

/**
 * Render quality and credit cost from the canvas (RenderingVideo's table, extended):
 *  short edge < 720  → "720p" ×1.0 (billed as the lowest tier; documented decision)
 *  short edge ≥ 720  → "720p" ×1.0
 *  short edge ≥ 1080 → "1080p" ×1.5
 *  short edge ≥ 1440 → "2k" ×2.0
 *  short edge ≥ 2160 → "4k" ×3.0 (Cutroom's addition; the reference stops at 2K)
 */
export const qualityTiers = [
  { quality: '4k', minShortEdge: 2160, multiplier: 3 },
  { quality: '2k', minShortEdge: 1440, multiplier: 2 },
  { quality: '1080p', minShortEdge: 1080, multiplier: 1.5 },
  { quality: '720p', minShortEdge: 0, multiplier: 1 },
] as const;

export type Quality = (typeof qualityTiers)[number]['quality'];

export function qualityFor(width: number, height: number): { quality: Quality; multiplier: number } {
  const shortEdge = Math.min(width, height);
  const tier = qualityTiers.find((t) => shortEdge >= t.minShortEdge) ?? qualityTiers[3];
  return { quality: tier.quality, multiplier: tier.multiplier };
}

/** Credits for a render: duration × multiplier, rounded up to a whole credit (min 1). 10 s at 1080p → 15. */
export function creditCost(durationSeconds: number, width: number, height: number): number {
  const { multiplier } = qualityFor(width, height);
  // Round away float noise first so 10 × 1.5 is 15, not 16.
  const raw = Math.round(durationSeconds * multiplier * 1e6) / 1e6;
  return Math.max(1, Math.ceil(raw));
}

/**
 * What rendering `config` costs: its rendered length (whole frames, lib/video/timing.ts) × the quality
 * multiplier. The server charges exactly this and the editor shows it before asking.
 */
export function renderCost(config: VideoConfig): { credits: number; seconds: number; quality: Quality } {
  const seconds = renderedDuration(config);
  const { width, height } = config.meta;
  return { credits: creditCost(seconds, width, height), seconds, quality: qualityFor(width, height).quality };
}
