import { db } from '../db/client';
import { ApiError } from '../errors';
import { builtInProfiles, type ProcessingProfile } from './built-in-profiles';
import { profileFromRecord } from './profile-record';

/** A built-in profile or one of the account's own, by slug; INVALID_PROFILE (400) when neither exists. */
export async function getProfileOrThrow({ userId, slug }: { userId: string; slug: string }): Promise<{ profile: ProcessingProfile; isBuiltIn: boolean }> {
  const builtIn = builtInProfiles.find((p) => p.slug === slug);
  if (builtIn) return { profile: builtIn, isBuiltIn: true };
  const own = await db.profile.findUnique({ where: { userId_slug: { userId, slug } } });
  if (own) return { profile: profileFromRecord(own), isBuiltIn: false };
  throw new ApiError('INVALID_PROFILE', `Profile '${slug.slice(0, 100)}' does not exist.`, { profile: slug.slice(0, 100) });
}
