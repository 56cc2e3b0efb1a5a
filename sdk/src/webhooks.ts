import { createHmac, timingSafeEqual } from 'node:crypto';
import { CutroomError } from './errors.js';
import type { Derivative, JsonObject, Thumbnail } from './types.js';

/**
 * Webhook signatures, both schemes Cutroom sends:
 *
 * - **RendrSink asset events** (`asset.processing`, `asset.processed`, `asset.failed`, `asset.delivered`,
 *   `thumbnail.generated`): `X-FV-Signature: sha256=<hex HMAC-SHA256(secret, rawBody)>`; the body's ISO
 *   `timestamp` must be recent (replays refused).
 * - **Cutroom render webhooks** (`render.completed`, `render.failed`):
 *   `X-Cutroom-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>`, with the
 *   `X-Cutroom-Timestamp` header (Unix seconds) passed as `timestamp`.
 *
 * Pass the body exactly as received (before JSON parsing): a re-serialized body does not match.
 */

export type WebhookScheme = 'rendrsink' | 'cutroom';

export interface VerifyOptions {
  /** Cutroom render webhooks: the `X-Cutroom-Timestamp` header. Given → the Cutroom scheme. */
  timestamp?: string | number | null;
  /** Default: `cutroom` when `timestamp` is given, else `rendrsink`. */
  scheme?: WebhookScheme;
  /** How old (or how far ahead) the signed time may be. Default 300 s. `Infinity` turns the check off. */
  toleranceSeconds?: number;
  /** The current time in ms (tests). */
  now?: number;
}

type Body = string | Uint8Array;
type Signature = string | readonly string[] | null | undefined;

const toBuffer = (body: Body) => (typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength));

function hmacHex(secret: string, ...parts: Buffer[]): string {
  const mac = createHmac('sha256', secret);
  for (const p of parts) mac.update(p);
  return mac.digest('hex');
}

/**
 * The signature header value for a body (what the server sends): for tests of your receiver.
 * Cutroom's scheme needs `timestamp` (Unix seconds).
 */
export function sign(body: Body, secret: string, opts: { scheme?: WebhookScheme; timestamp?: string | number } = {}): string {
  const scheme = opts.scheme ?? (opts.timestamp !== undefined ? 'cutroom' : 'rendrsink');
  if (scheme === 'cutroom') {
    if (opts.timestamp === undefined) throw new TypeError('Cutroom: the cutroom scheme signs a timestamp');
    return `sha256=${hmacHex(secret, Buffer.from(`${opts.timestamp}.`, 'utf8'), toBuffer(body))}`;
  }
  return `sha256=${hmacHex(secret, toBuffer(body))}`;
}

/** Compares `sha256=<hex>` with the expected hex digest in constant time (no early exit on the first wrong byte). */
function matches(given: string, expectedHex: string): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(given.trim());
  if (!match?.[1]) return false;
  return timingSafeEqual(Buffer.from(match[1].toLowerCase(), 'hex'), Buffer.from(expectedHex, 'hex'));
}

function signatures(signature: Signature): string[] {
  if (signature === null || signature === undefined) return [];
  // Several headers, or one with a comma-separated list (e.g. while a secret is rotated): any may match.
  const list = typeof signature === 'string' ? [signature] : [...signature];
  return list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

function isRecent(atMs: number, opts: VerifyOptions): boolean {
  if (!Number.isFinite(atMs)) return false;
  const tolerance = opts.toleranceSeconds ?? 300;
  return Math.abs((opts.now ?? Date.now()) - atMs) <= tolerance * 1000;
}

/** The body's `timestamp` field (ISO 8601) in ms, or NaN. */
function bodyTimestampMs(raw: Buffer): number {
  try {
    const parsed = JSON.parse(raw.toString('utf8')) as { timestamp?: unknown };
    return typeof parsed.timestamp === 'string' ? Date.parse(parsed.timestamp) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * True when `signature` is a valid signature of `body` with `secret` and the signed time is within
 * `toleranceSeconds` of now. Never throws on bad input (a missing header, garbage): it answers false.
 *
 * @example
 * // RendrSink asset events
 * webhooks.verify(rawBody, req.headers['x-fv-signature'], secret)
 * // Cutroom render webhooks
 * webhooks.verify(rawBody, req.headers['x-cutroom-signature'], secret, { timestamp: req.headers['x-cutroom-timestamp'] })
 */
export function verify(body: Body, signature: Signature, secret: string, opts: VerifyOptions = {}): boolean {
  if (!secret) return false;
  const given = signatures(signature);
  if (given.length === 0) return false;
  const raw = toBuffer(body);
  const scheme = opts.scheme ?? (opts.timestamp !== undefined ? 'cutroom' : 'rendrsink');
  let expected: string;
  let signedAtMs: number;
  if (scheme === 'cutroom') {
    const timestamp = opts.timestamp === null || opts.timestamp === undefined ? '' : String(opts.timestamp).trim();
    if (!/^\d+$/.test(timestamp)) return false;
    expected = hmacHex(secret, Buffer.from(`${timestamp}.`, 'utf8'), raw);
    signedAtMs = Number(timestamp) * 1000;
  } else {
    expected = hmacHex(secret, raw);
    signedAtMs = NaN; // read from the body once the signature holds (an unsigned body is not parsed)
  }
  // Every candidate is compared (no short-circuit), so timing says nothing about which one matched.
  const isSigned = given.map((g) => matches(g, expected)).includes(true);
  if (!isSigned) return false;
  if (scheme === 'rendrsink') signedAtMs = bodyTimestampMs(raw);
  return isRecent(signedAtMs, opts);
}

/** A RendrSink asset event's body. */
export interface AssetEvent {
  event: 'asset.processing' | 'asset.processed' | 'asset.failed' | 'asset.delivered' | 'thumbnail.generated' | (string & {});
  timestamp: string;
  asset_id: string;
  profile?: string;
  processing_ms?: number;
  derivatives?: Derivative[];
  thumbnails?: Thumbnail[];
  metadata?: JsonObject;
  error?: { code?: string; message: string; [key: string]: unknown } | string | null;
  [key: string]: unknown;
}

/** A Cutroom render webhook's body (RenderingVideo's documented payload). */
export interface RenderEvent {
  taskId: string;
  renderTaskId: string;
  status: 'completed' | 'failed';
  videoUrl: string | null;
  error: string | null;
  timestamp: string;
  [key: string]: unknown;
}

/** Thrown by `webhooks.parse` when a body is not signed by the secret or is too old. */
export class WebhookVerificationError extends CutroomError {
  override name = 'WebhookVerificationError';
}

/**
 * Verifies and parses a webhook body in one step; throws WebhookVerificationError when it does not verify.
 * `T` is AssetEvent for RendrSink events and RenderEvent for Cutroom render webhooks.
 */
export function parse<T = AssetEvent | RenderEvent>(body: Body, signature: Signature, secret: string, opts: VerifyOptions = {}): T {
  if (!verify(body, signature, secret, opts)) throw new WebhookVerificationError('Webhook signature or timestamp does not verify');
  return JSON.parse(toBuffer(body).toString('utf8')) as T;
}

/** `webhooks.verify`, `webhooks.parse`, `webhooks.sign`: usable without a client. */
export const webhooks = { verify, parse, sign };
