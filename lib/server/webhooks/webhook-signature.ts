import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, for Cutroom and for receivers (Node users can copy or import this file).
 * Headers sent with every delivery:
 *   X-Cutroom-Event: render.completed | render.failed
 *   X-Cutroom-Delivery: <delivery id, the same across retries>
 *   X-Cutroom-Timestamp: <unix seconds of this attempt>
 *   X-Cutroom-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Checks a received webhook: the signature matches the raw body and the timestamp is recent
 * (default ±5 minutes, against replays). Pass the body exactly as received, before JSON parsing.
 */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  toleranceSeconds?: number;
  now?: number;
}): boolean {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const age = Math.abs((input.now ?? Date.now()) / 1000 - Number(timestamp));
  if (age > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(`sha256=${signWebhook(secret, timestamp, body)}`);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * RendrSink's scheme (asset events): headers
 *   X-FV-Event: asset.processing | asset.processed | asset.failed | asset.delivered | thumbnail.generated
 *   X-FV-Delivery-ID: <delivery id, the same across retries>
 *   X-FV-Timestamp: <unix seconds of this attempt>
 *   X-FV-Signature: sha256=<hex HMAC-SHA256(secret, rawBody)>
 * The signed string is the raw body exactly. Replays are refused by the body's own `timestamp` (ISO 8601,
 * the time of the attempt: every retry carries a fresh one and so a fresh signature).
 */
export function signRendrSinkBody(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** Checks a RendrSink-style delivery: the signature over the raw body, and the body's `timestamp` within the tolerance (default 300 s). */
export function verifyRendrSinkSignature(input: {
  secret: string;
  body: string;
  signature: string | null | undefined;
  toleranceSeconds?: number;
  now?: number;
}): boolean {
  const { secret, body, signature } = input;
  if (!signature) return false;
  const expected = Buffer.from(`sha256=${signRendrSinkBody(secret, body)}`);
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  let sentAt: number;
  try {
    sentAt = Date.parse((JSON.parse(body) as { timestamp?: unknown }).timestamp as string);
  } catch {
    return false;
  }
  if (!Number.isFinite(sentAt)) return false;
  return Math.abs((input.now ?? Date.now()) - sentAt) <= (input.toleranceSeconds ?? 300) * 1000;
}
