import path from 'node:path';

/** Runtime settings from the environment, with defaults that work out of the box. */
export interface Settings {
  port: number;
  appUrl: string;
  dataDir: string;
  browserExecutable: string | undefined;
  freeCredits: number;
  maxUploadBytes: number;
  maxRenderWorkers: number;
  allowPrivateWebhooks: boolean;
  /** Media, fonts and subtitle sources may be on private/loopback addresses (self-hosting). */
  allowPrivateMedia: boolean;
  /** Total time one fetch of the render path (media check, subtitle words, fonts) may take. */
  renderFetchTimeoutMs: number;
  /** Largest remote subtitle word list read. */
  renderFetchMaxBytes: number;
  /** Largest media source a render accepts (by its declared size). */
  maxMediaBytes: number;
  /** Overall time budget of one render attempt, from claim to stored output. */
  renderTimeoutMs: number;
  /** Largest JSON request body read by /api/v1 (PAYLOAD_TOO_LARGE past it). */
  maxJsonBodyBytes: number;
  /** Deepest nesting of arrays and objects accepted in a JSON body. */
  maxJsonDepth: number;
  /** Accounts (lower-case emails) that see the admin page. */
  adminEmails: string[];
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${raw}"`);
  return Math.trunc(n);
}

export function getSettings(): Settings {
  const port = intFromEnv('PORT', 3000);
  return {
    port,
    appUrl: (process.env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir: path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || './data'),
    browserExecutable: process.env.BROWSER_EXECUTABLE || undefined,
    freeCredits: intFromEnv('FREE_CREDITS', 100),
    maxUploadBytes: intFromEnv('MAX_UPLOAD_BYTES', 5 * 1024 ** 3),
    maxRenderWorkers: Math.max(1, intFromEnv('MAX_RENDER_WORKERS', 2)),
    allowPrivateWebhooks: process.env.ALLOW_PRIVATE_WEBHOOKS === '1',
    allowPrivateMedia: process.env.ALLOW_PRIVATE_MEDIA === '1',
    renderFetchTimeoutMs: Math.max(100, intFromEnv('RENDER_FETCH_TIMEOUT_MS', 20_000)),
    renderFetchMaxBytes: Math.max(1024, intFromEnv('RENDER_FETCH_MAX_BYTES', 10 * 1024 ** 2)),
    maxMediaBytes: Math.max(1024, intFromEnv('MAX_MEDIA_BYTES', 2 * 1024 ** 3)),
    renderTimeoutMs: Math.max(1000, intFromEnv('RENDER_TIMEOUT_MS', 60 * 60 * 1000)),
    maxJsonBodyBytes: Math.max(1024, intFromEnv('MAX_JSON_BODY_BYTES', 5 * 1024 ** 2)),
    maxJsonDepth: Math.max(8, intFromEnv('MAX_JSON_DEPTH', 64)),
    adminEmails: (process.env.ADMIN_EMAILS ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean),
  };
}
