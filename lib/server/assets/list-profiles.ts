import { db } from '../db/client';
import { builtInProfiles, serializeProfile } from './built-in-profiles';
import { profileFromRecord } from './profile-record';

/** GET /api/v1/profiles: the built-in profiles, then the account's own (oldest first); another account's never. */
export async function listProfiles(userId: string) {
  const own = await db.profile.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return [...builtInProfiles.map((p) => serializeProfile(p, true)), ...own.map((r) => serializeProfile(profileFromRecord(r), false))];
}
