import type { Profile } from '../db/generated/client';
import type { ProcessingProfile } from './built-in-profiles';

/** An account's stored profile as a ProcessingProfile. */
export function profileFromRecord(row: Profile): ProcessingProfile {
  return {
    slug: row.slug,
    description: row.description,
    derivatives: JSON.parse(row.derivatives) as ProcessingProfile['derivatives'],
    thumbnails: JSON.parse(row.thumbnails) as ProcessingProfile['thumbnails'],
  };
}
