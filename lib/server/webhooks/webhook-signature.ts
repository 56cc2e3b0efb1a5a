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
