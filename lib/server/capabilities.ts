import { qualityTiers, videoCapabilities } from '../video';
import { PREVIEW_EXPIRES_IN } from '../contract';
import { getSettings } from '../config';

/**
 * What this deployment accepts and charges, for GET /api/v1/capabilities: the config vocabulary
 * (from lib/video, the same lists validation is built from), quality tiers with their credit
 * multipliers (lowest first, as the reference's table), and the limits set by the environment.
 */
export function apiCapabilities() {
  const { maxUploadBytes, maxRenderWorkers } = getSettings();
  const vocabulary = videoCapabilities();
  return {
    ...vocabulary,
    // The Python SDK 1.1 reads the config vocabulary under `schema` (get_capabilities()['schema']['clipTypes']).
    schema: vocabulary,
    qualityTiers: [...qualityTiers]
      .reverse()
      .map(({ quality, minShortEdge, multiplier }) => ({ quality, minShortEdge, multiplier })),
    credits: {
      formula: 'ceil(duration in seconds × quality multiplier), at least 1; the duration counts whole rendered frames (the last clip ends at its nearest frame)',
      chargedWhen: 'a render starts; re-rendering an unchanged config is free',
    },
    previews: { expiresIn: PREVIEW_EXPIRES_IN, costsCredits: false as const },
    limits: { maxUploadBytes, maxRenderWorkers },
  };
}
