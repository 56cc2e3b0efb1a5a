import path from 'node:path';

/**
 * Runtime settings from the environment, with defaults that work out of the box. The one reader of
 * process.env for settings: the web server, the workers, the chunk processes and the CLI all come here.
 * Read on every call (not cached), so a test or script that sets a variable before use is honoured.
 */
export interface Settings {
  port: number;
  appUrl: string;
  dataDir: string;
  /**
   * DATABASE_URL: the PostgreSQL database. The scripts that start processes (npm start, npm run cli, the tests)
   * set it to the embedded server under DATA_DIR/postgres when it is unset (scripts/postgres.mjs).
   */
  databaseUrl: string | undefined;
  /** DATABASE_POOL_SIZE: connections one process keeps to PostgreSQL (the app, each worker, the CLI). */
  databasePoolSize: number;
  /** AUTH_SECRET, when set; otherwise lib/server generates one and keeps it under DATA_DIR. */
  authSecret: string | undefined;
  browserExecutable: string | undefined;
  /** FFMPEG_PATH / FFPROBE_PATH for upload processing; unset = /usr/bin (lib/media/tools.ts). */
  ffmpegPath: string | undefined;
  ffprobePath: string | undefined;
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
  /** Largest remote media source a render downloads (declared, and counted as it arrives); own files are exempt. */
  maxMediaBytes: number;
  /** Overall time budget of one render attempt, from claim to stored output. */
  renderTimeoutMs: number;
  /** Largest JSON request body read by /api/v1 (PAYLOAD_TOO_LARGE past it). */
  maxJsonBodyBytes: number;
  /** Deepest nesting of arrays and objects accepted in a JSON body. */
  maxJsonDepth: number;
  /** Accounts (lower-case emails) that see the admin page. */
  adminEmails: string[];
  /** REDIS_URL: render ids go through BullMQ when set; workers poll the database otherwise. */
  redisUrl: string | undefined;
  /** How long a worker's claim on a job lasts without a heartbeat (tests shorten it; at least 2 s). */
  renderLeaseMs: number;
  /** Capture only the frames the config says are new (lib/video/frame-plan.ts); FRAME_PLAN=off renders every frame. */
  framePlan: boolean;
  /** Upload processing yields to a running render of its worker (lib/media/tool-gate.ts); PROCESSING_YIELD=off lets it run at full speed beside renders. */
  processingYield: boolean;
  /** Chromium tabs per render process. */
  renderConcurrency: number;
  /** Where the prebuilt composition bundle lives. */
  remotionBundleDir: string;
  /** The worker's name in logs and leases (WORKER_ID), before `:<pid>`; the host name by default. */
  workerId: string | undefined;
  /** Delays between webhook attempts; WEBHOOK_RETRY_DELAYS_MS (comma-separated ms) overrides them in tests. */
  webhookRetryDelaysMs: number[];
  /** Time a client has to send a request's headers (Node's `headersTimeout`). */
  httpHeadersTimeoutMs: number;
  /** Time a client has to send a whole request, body included (Node's `requestTimeout`; uploads are big). */
  httpRequestTimeoutMs: number;
  /** The window of the trickle guard: a body slower than `httpBodyMinRate` over one window is dropped. */
  httpBodyWindowMs: number;
  /** Slowest accepted body upload, bytes per second, averaged over a window. */
  httpBodyMinRate: number;
  /** TRUST_PROXY: peers whose X-Forwarded-For is believed (unset = none; `loopback`; addresses/CIDRs). */
  trustProxy: string | undefined;
  /** PUBLIC_PREVIEWS=1: key-less POST /api/preview and GET /api/temp/:id (RenderingVideo's public preview generator). */
  publicPreviews: boolean;
  /** Key-less previews one client address may create per hour. */
  publicPreviewsPerHour: number;
  /** Largest key-less preview body (bytes). */
  publicPreviewMaxBytes: number;
  /** Requests per window, per API key (per account for the session, per address without auth) on /api/v1. */
  rateLimit: RateLimitSettings;
  /** Sign-in backoff and sign-up limits (lib/server/accounts). */
  signIn: SignInLimitSettings;
  signUp: SignUpSettings;
  /** IDEMPOTENCY_TTL_HOURS: how long an Idempotency-Key and its stored response are kept. */
  idempotencyTtlHours: number;
  // — The render farm (docs/scaling.md) —
  /** RENDER_FARM=1: a render's chunks become RenderChunk jobs any worker on any host may take; off = chunk processes on the render's own host. */
  renderFarm: boolean;
  /** STORAGE_DIR: the local storage root (default DATA_DIR/files), so hosts can share one folder without sharing DATA_DIR. */
  storageDir: string;
  /** STORAGE_URL and S3_*: where uploads, derivatives and renders live (docs/storage.md). */
  storage: StorageSettings;
  /** PLAN_STORAGE_LIMITS: the storage each plan allows, in bytes (defaults below, any of them overridden). */
  planStorageBytes: Record<PlanName, number>;
}

/** The plans an account can be on (`npm run cli -- user plan`). */
export const PLAN_NAMES = ['free', 'starter', 'standard', 'pro'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

const GiB = 1024 ** 3;
const DEFAULT_PLAN_STORAGE_BYTES: Record<PlanName, number> = { free: 0.5 * GiB, starter: 10 * GiB, standard: 20 * GiB, pro: 50 * GiB };
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: GiB, tib: 1024 ** 4 };

/**
 * PLAN_STORAGE_LIMITS, comma-separated `plan=size` pairs (`free=2GiB,pro=200GB`; a size is bytes, or a number
 * with KB/MB/GB/TB or KiB/MiB/GiB/TiB); plans it leaves out keep their defaults. An unknown plan or size throws.
 */
export function planStorageBytes(raw: string | undefined): Record<PlanName, number> {
  const limits = { ...DEFAULT_PLAN_STORAGE_BYTES };
  for (const pair of (raw ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, size] = pair.split('=').map((p) => p.trim());
    if (!(PLAN_NAMES as readonly string[]).includes(name ?? '')) {
      throw new Error(`PLAN_STORAGE_LIMITS: unknown plan "${name}" in "${pair}" (plans: ${PLAN_NAMES.join(', ')})`);
    }
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(size ?? '');
    const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
    if (!m || unit === undefined) throw new Error(`PLAN_STORAGE_LIMITS: "${pair}" needs a size such as 536870912, 512MiB or 20GB`);
    limits[name as PlanName] = Math.floor(Number(m[1]) * unit);
  }
  return limits;
}

/** Local disk under DATA_DIR/files (the default), or an S3-compatible bucket. */
export type StorageSettings = { kind: 'local'; root: string } | S3StorageSettings;

export interface S3StorageSettings {
  kind: 's3';
  /** From STORAGE_URL=s3://<bucket>/<prefix>. */
  bucket: string;
  /** Key prefix inside the bucket, without leading or trailing slash ('' = the bucket's root). */
  prefix: string;
  /** S3_ENDPOINT: an S3-compatible server (MinIO, R2, …); unset = AWS. */
  endpoint: string | undefined;
  /** S3_REGION (or AWS_REGION); `us-east-1` when neither is set. */
  region: string;
  /** S3_FORCE_PATH_STYLE=1: `endpoint/bucket/key` instead of `bucket.endpoint/key` (most self-hosted servers). */
  forcePathStyle: boolean;
  /** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN); unset = the SDK's own chain (profiles, instance roles). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  /** S3_SERVE: `proxy` streams /files/* through the app (default); `redirect` answers 302 to a presigned URL. */
  serve: 'proxy' | 'redirect';
  /** S3_PRESIGN_SECONDS: lifetime of a redirect's presigned URL. */
  presignSeconds: number;
  /** S3_PART_SIZE_MB: multipart part size (S3's minimum, 5 MiB, by default); an upload holds partSize × (uploadConcurrency + 1). */
  partSizeBytes: number;
  /** S3_UPLOAD_CONCURRENCY: parts of one upload sent at once. */
  uploadConcurrency: number;
  /** Where objects are downloaded for tools that need a file (ffmpeg): DATA_DIR/tmp/storage. */
  tmpDir: string;
}

function storageSettings(env: NodeJS.ProcessEnv, dataDir: string): StorageSettings {
  const raw = (env.STORAGE_URL ?? '').trim();
  if (raw === '' || raw === 'local') return { kind: 'local', root: path.resolve(/*turbopackIgnore: true*/ env.STORAGE_DIR || path.join(dataDir, 'files')) };
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(raw);
  if (!m) throw new Error(`STORAGE_URL must be s3://<bucket>/<prefix> or unset (local disk), got "${raw}"`);
  const serve = (env.S3_SERVE || 'proxy').trim().toLowerCase();
  if (serve !== 'proxy' && serve !== 'redirect') throw new Error(`S3_SERVE must be proxy or redirect, got "${env.S3_SERVE}"`);
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return {
    kind: 's3',
    bucket: m[1]!,
    prefix: m[2]!.replace(/^\/+|\/+$/g, ''),
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || env.AWS_REGION || 'us-east-1',
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1' || env.S3_FORCE_PATH_STYLE === 'true',
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
        : undefined,
    serve,
    presignSeconds: Math.min(7 * 24 * 3600, Math.max(10, intFromEnv('S3_PRESIGN_SECONDS', 300))),
    // S3 refuses parts under 5 MiB (but the last).
    partSizeBytes: Math.max(5, intFromEnv('S3_PART_SIZE_MB', 5)) * 1024 ** 2,
    uploadConcurrency: Math.max(1, intFromEnv('S3_UPLOAD_CONCURRENCY', 2)),
    tmpDir: path.join(dataDir, 'tmp', 'storage'),
  };
}

/** RATE_LIMIT_SIGNIN_*: failed sign-ins per account before a growing delay, and per client address. */
export interface SignInLimitSettings {
  /** RATE_LIMIT_SIGNIN_ATTEMPTS: failed sign-ins of an account without delay (in an hour). */
  freeAttempts: number;
  /** RATE_LIMIT_SIGNIN_BACKOFF_SECONDS: the first delay after them; it doubles with each further failure. */
  backoffSeconds: number;
  /** RATE_LIMIT_SIGNIN_BACKOFF_MAX_SECONDS: the longest delay. */
  backoffMaxSeconds: number;
  /** RATE_LIMIT_SIGNIN_PER_ADDRESS: failed sign-ins per client address in 15 minutes, across accounts. */
  perAddress: number;
}

/** Who may create an account on the sign-up page (the CLI always can). */
export interface SignUpSettings {
  /** SIGNUP: open (anyone), invite (an invite code or an allowed domain), closed (nobody). */
  mode: 'open' | 'invite' | 'closed';
  /** SIGNUP_EMAIL_DOMAINS: when set, only these email domains (or invite holders) may sign up. */
  emailDomains: string[];
  /** RATE_LIMIT_SIGNUPS: sign-up attempts per client address per RATE_LIMIT_SIGNUP_WINDOW_SECONDS. */
  perAddress: number;
  windowSeconds: number;
}

function signUpMode(raw: string | undefined): SignUpSettings['mode'] {
  const mode = (raw || 'open').trim().toLowerCase();
  if (mode === 'open' || mode === 'invite' || mode === 'closed') return mode;
  throw new Error(`SIGNUP must be open, invite or closed, got "${raw}"`);
}

/** RATE_LIMIT_*: how many /api/v1 requests a caller may make per window (lib/server/limits). */
export interface RateLimitSettings {
  /** RATE_LIMIT_WINDOW_SECONDS: the window every API limit counts in. */
  windowSeconds: number;
  /** RATE_LIMIT_REQUESTS: any /api/v1 request. */
  requests: number;
  /** RATE_LIMIT_UPLOADS: POST /api/v1/upload. */
  uploads: number;
  /** RATE_LIMIT_RENDERS: POST …/render (task and preview renders). */
  renders: number;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${raw}"`);
  return Math.trunc(n);
}

/** 6 attempts over about an hour: now, +30 s, +2 min, +8 min, +20 min, +30 min. */
const DEFAULT_WEBHOOK_RETRY_DELAYS_MS = [30_000, 120_000, 480_000, 1_200_000, 1_800_000];

export function getSettings(): Settings {
  const port = intFromEnv('PORT', 3000);
  const env = process.env;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || './data');
  return {
    port,
    appUrl: (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Math.max(1, intFromEnv('DATABASE_POOL_SIZE', 10)),
    authSecret: env.AUTH_SECRET || undefined,
    browserExecutable: env.BROWSER_EXECUTABLE || undefined,
    ffmpegPath: env.FFMPEG_PATH || undefined,
    ffprobePath: env.FFPROBE_PATH || undefined,
    freeCredits: Math.max(0, intFromEnv('FREE_CREDITS', 100)),
    maxUploadBytes: intFromEnv('MAX_UPLOAD_BYTES', 5 * 1024 ** 3),
    maxRenderWorkers: Math.max(1, intFromEnv('MAX_RENDER_WORKERS', 2)),
    allowPrivateWebhooks: env.ALLOW_PRIVATE_WEBHOOKS === '1',
    allowPrivateMedia: env.ALLOW_PRIVATE_MEDIA === '1',
    renderFetchTimeoutMs: Math.max(100, intFromEnv('RENDER_FETCH_TIMEOUT_MS', 20_000)),
    renderFetchMaxBytes: Math.max(1024, intFromEnv('RENDER_FETCH_MAX_BYTES', 10 * 1024 ** 2)),
    maxMediaBytes: Math.max(1024, intFromEnv('MAX_MEDIA_BYTES', 256 * 1024 ** 2)),
    renderTimeoutMs: Math.max(1000, intFromEnv('RENDER_TIMEOUT_MS', 60 * 60 * 1000)),
    maxJsonBodyBytes: Math.max(1024, intFromEnv('MAX_JSON_BODY_BYTES', 5 * 1024 ** 2)),
    maxJsonDepth: Math.max(8, intFromEnv('MAX_JSON_DEPTH', 64)),
    adminEmails: (env.ADMIN_EMAILS ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean),
    redisUrl: env.REDIS_URL || undefined,
    renderLeaseMs: Math.max(2_000, Number(env.RENDER_LEASE_MS) || 30_000),
    framePlan: env.FRAME_PLAN !== 'off' && env.FRAME_PLAN !== '0',
    processingYield: env.PROCESSING_YIELD !== 'off' && env.PROCESSING_YIELD !== '0',
    renderConcurrency: Number(env.RENDER_CONCURRENCY ?? 1),
    remotionBundleDir: path.resolve(/*turbopackIgnore: true*/ env.REMOTION_BUNDLE_DIR || 'build/remotion-bundle'),
    workerId: env.WORKER_ID || undefined,
    webhookRetryDelaysMs: env.WEBHOOK_RETRY_DELAYS_MS
      ? env.WEBHOOK_RETRY_DELAYS_MS.split(',').map(Number)
      : DEFAULT_WEBHOOK_RETRY_DELAYS_MS,
    httpHeadersTimeoutMs: Math.max(500, intFromEnv('HTTP_HEADERS_TIMEOUT_MS', 20_000)),
    httpRequestTimeoutMs: Math.max(1000, intFromEnv('HTTP_REQUEST_TIMEOUT_MS', 60 * 60 * 1000)),
    httpBodyWindowMs: Math.max(200, intFromEnv('HTTP_BODY_WINDOW_MS', 10_000)),
    httpBodyMinRate: Math.max(1, intFromEnv('HTTP_BODY_MIN_RATE', 1024)),
    trustProxy: env.TRUST_PROXY || undefined,
    publicPreviews: env.PUBLIC_PREVIEWS === '1',
    publicPreviewsPerHour: Math.max(1, intFromEnv('PUBLIC_PREVIEWS_PER_HOUR', 20)),
    publicPreviewMaxBytes: Math.max(1024, intFromEnv('PUBLIC_PREVIEW_MAX_BYTES', 256 * 1024)),
    rateLimit: {
      windowSeconds: Math.max(1, intFromEnv('RATE_LIMIT_WINDOW_SECONDS', 60)),
      requests: Math.max(1, intFromEnv('RATE_LIMIT_REQUESTS', 600)),
      uploads: Math.max(1, intFromEnv('RATE_LIMIT_UPLOADS', 120)),
      renders: Math.max(1, intFromEnv('RATE_LIMIT_RENDERS', 60)),
    },
    signIn: {
      freeAttempts: Math.max(1, intFromEnv('RATE_LIMIT_SIGNIN_ATTEMPTS', 5)),
      backoffSeconds: Math.max(1, intFromEnv('RATE_LIMIT_SIGNIN_BACKOFF_SECONDS', 30)),
      backoffMaxSeconds: Math.max(1, intFromEnv('RATE_LIMIT_SIGNIN_BACKOFF_MAX_SECONDS', 600)),
      perAddress: Math.max(1, intFromEnv('RATE_LIMIT_SIGNIN_PER_ADDRESS', 20)),
    },
    signUp: {
      mode: signUpMode(env.SIGNUP),
      emailDomains: (env.SIGNUP_EMAIL_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean),
      perAddress: Math.max(1, intFromEnv('RATE_LIMIT_SIGNUPS', 10)),
      windowSeconds: Math.max(1, intFromEnv('RATE_LIMIT_SIGNUP_WINDOW_SECONDS', 3600)),
    },
    idempotencyTtlHours: Math.max(1, intFromEnv('IDEMPOTENCY_TTL_HOURS', 24)),
    // — The render farm —
    renderFarm: env.RENDER_FARM === '1',
    storageDir: path.resolve(/*turbopackIgnore: true*/ env.STORAGE_DIR || path.join(env.DATA_DIR || './data', 'files')),
    storage: storageSettings(env, dataDir),
    planStorageBytes: planStorageBytes(env.PLAN_STORAGE_LIMITS),
  };
}
