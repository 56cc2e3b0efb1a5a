import type { CreateProfileBody } from '../../contract';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { newRowId } from '../ids';
import { builtInProfiles, serializeProfile, type ProcessingProfile } from './built-in-profiles';

/** Most profiles one account may keep. */
export const MAX_PROFILES_PER_ACCOUNT = 50;

/**
 * Stores an account's own profile (the body is validated by its contract schema: formats mp4|webm, widths
 * 16–7680, quality 1–100). A slug already taken, by a built-in profile or one of the account's, is CONFLICT.
 */
export async function createProfile({ userId, body }: { userId: string; body: CreateProfileBody }) {
  if (builtInProfiles.some((p) => p.slug === body.slug)) {
    throw new ApiError('CONFLICT', `Profile '${body.slug}' is a built-in profile; choose another slug.`, { field: 'slug' });
  }
  const profile: ProcessingProfile = {
    slug: body.slug,
    description: body.description ?? '',
    derivatives: body.derivatives.map((d) => ({ format: d.format, width: d.width, quality: d.quality })),
    thumbnails: body.thumbnails
      ? { atStart: body.thumbnails.at_start, atMiddle: body.thumbnails.at_middle, everySeconds: body.thumbnails.every_seconds }
      : { atStart: true, atMiddle: true, everySeconds: null },
  };
  if ((await db.profile.count({ where: { userId } })) >= MAX_PROFILES_PER_ACCOUNT) {
    throw new ApiError('INVALID_REQUEST', `At most ${MAX_PROFILES_PER_ACCOUNT} profiles per account.`);
  }
  try {
    await db.profile.create({
      data: {
        id: newRowId(),
        userId,
        slug: profile.slug,
        description: profile.description,
        derivatives: JSON.stringify(profile.derivatives),
        thumbnails: JSON.stringify(profile.thumbnails),
      },
    });
  } catch (err) {
    if (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002') {
      throw new ApiError('CONFLICT', `You already have a profile '${body.slug}'.`, { field: 'slug' });
    }
    throw err;
  }
  return serializeProfile(profile, false);
}
