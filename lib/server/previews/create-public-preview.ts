import { randomBytes } from 'node:crypto';
import { getSettings } from '../../config';
import { hashPassword } from '../accounts/passwords';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { createLimiter, formatWait } from '../limits';
import { newWebhookSecret } from '../webhooks/webhook-secret';
import { createPreview } from './create-preview';
import { parsePreviewConfigOrThrow } from './parse-preview-config-or-throw';

/**
 * Key-less previews (PUBLIC_PREVIEWS=1): what RenderingVideo's public preview generator posts to
 * `/api/preview`. Off by default. They belong to one system account that cannot sign in (its email has a
 * space, which sign-up refuses, and its password is random and never kept), are limited per client
 * address per hour and by body size, cost nothing and expire after 7 days like every preview.
 */
const PUBLIC_OWNER_ID = 'usr_public_previews';
const PUBLIC_OWNER_EMAIL = 'public previews@cutroom';
const HOUR_SECONDS = 60 * 60;

/** Key-less previews per client address per hour, on the rate-limit store every app process shares. */
const limiter = (perHour: number) => createLimiter({ name: 'public-previews', points: perHour, durationSeconds: HOUR_SECONDS });

/** Throws NOT_FOUND when key-less previews are off: the routes then look absent. */
export function assertPublicPreviewsOn(): void {
  if (!getSettings().publicPreviews) throw new ApiError('NOT_FOUND', 'Not found.');
}

async function publicOwnerId(): Promise<string> {
  const found = await db.user.findUnique({ where: { id: PUBLIC_OWNER_ID }, select: { id: true } });
  if (found) return found.id;
  await db.user.upsert({
    where: { id: PUBLIC_OWNER_ID },
    update: {},
    create: {
      id: PUBLIC_OWNER_ID,
      email: PUBLIC_OWNER_EMAIL,
      name: 'Public previews',
      passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
      credits: 0,
      webhookSecret: newWebhookSecret(),
    },
  });
  return PUBLIC_OWNER_ID;
}

/** Creates a key-less preview from a raw body text (already bounded by the route), for client `ip`. */
export async function createPublicPreview(input: { bodyText: string; ip: string | null }) {
  assertPublicPreviewsOn();
  const { publicPreviewsPerHour, publicPreviewMaxBytes } = getSettings();
  if (new TextEncoder().encode(input.bodyText).length > publicPreviewMaxBytes) {
    throw new ApiError('PAYLOAD_TOO_LARGE', `A public preview may be at most ${publicPreviewMaxBytes} bytes of JSON.`, { maxBytes: publicPreviewMaxBytes });
  }
  const address = input.ip ?? 'unknown';
  const used = await limiter(publicPreviewsPerHour).get(address);
  if (used && used.consumedPoints >= publicPreviewsPerHour) {
    throw new ApiError('RATE_LIMITED', `Too many public previews from this address; try again in ${formatWait(used.msBeforeNext)}.`, {
      retryAfterMs: used.msBeforeNext,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(input.bodyText);
  } catch {
    throw new ApiError('INVALID_REQUEST', 'Request body is not valid JSON.');
  }
  const { config, warnings } = parsePreviewConfigOrThrow(body);
  // Only previews that are made count (a refused body costs nothing but its bytes).
  await limiter(publicPreviewsPerHour).consume(address).catch(() => undefined);
  const preview = await createPreview({ userId: await publicOwnerId(), config });
  return { ...preview, ...(warnings.length > 0 ? { warnings } : {}) };
}
