import type { ConfigIssue, VideoConfig } from '../video';

/**
 * The editor's few calls to `/api/v1/video/*`, same-origin (the session cookie authenticates).
 * Every failure becomes an `ApiRequestError` carrying the server's `{ error, code, details }`.
 */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: ConfigIssue[];
  readonly details: unknown;

  constructor(message: string, { code, status, details }: { code: string; status: number; details?: unknown }) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.issues = issuesFrom(details);
  }

  /** Worth retrying by itself: the network or the server failed, not the request. */
  get isTransient(): boolean {
    return this.code === 'NETWORK_ERROR' || this.status >= 500 || this.status === 429;
  }
}

function issuesFrom(details: unknown): ConfigIssue[] {
  if (!details || typeof details !== 'object') return [];
  const issues = (details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i: unknown) => {
    if (!i || typeof i !== 'object') return [];
    const { path, message } = i as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [{ path: typeof path === 'string' ? path : Array.isArray(path) ? path.join('.') : '(root)', message }];
  });
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Sends a JSON request and returns the parsed success body, or throws `ApiRequestError`. */
export async function requestJson<T>(url: string, init: RequestInit = {}, fetchImpl: FetchLike = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError('Network error: could not reach the server', { code: 'NETWORK_ERROR', status: 0 });
  }
  let body: unknown = null;
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  if (!response.ok || record?.success === false) {
    const message =
      typeof record?.error === 'string'
        ? record.error
        : typeof (record?.error as { message?: unknown } | undefined)?.message === 'string'
          ? (record?.error as { message: string }).message
          : response.status === 401
            ? 'Your session has expired. Sign in again.'
            : `Request failed (${response.status})`;
    const code = typeof record?.code === 'string' ? record.code : `HTTP_${response.status}`;
    throw new ApiRequestError(message, { code, status: response.status, details: record?.details });
  }
  return (record ?? {}) as T;
}

const videoUrl = (taskId: string) => `/api/v1/video/${encodeURIComponent(taskId)}`;

/** `PATCH /api/v1/video/:taskId` with `{ config, title }`. */
export function saveVideo(
  taskId: string,
  body: { config: VideoConfig; title: string },
  options: { keepalive?: boolean; fetchImpl?: FetchLike } = {},
): Promise<unknown> {
  return requestJson(
    videoUrl(taskId),
    { method: 'PATCH', body: JSON.stringify(body), keepalive: options.keepalive },
    options.fetchImpl,
  );
}

export interface StartRenderResponse {
  success: true;
  renderTaskId?: string;
  status: 'rendering' | 'completed';
  alreadyRendered?: boolean;
  videoUrl?: string | null;
  cost?: number;
  remainingCredits?: number;
}

/** `POST /api/v1/video/:taskId/render` with `{}`. */
export function startRender(taskId: string, fetchImpl?: FetchLike): Promise<StartRenderResponse> {
  return requestJson<StartRenderResponse>(`${videoUrl(taskId)}/render`, { method: 'POST', body: '{}' }, fetchImpl);
}

export type RenderStage = 'queued' | 'rendering' | 'combining' | 'finalizing';

export interface RenderStatus {
  status: 'created' | 'rendering' | 'completed' | 'failed';
  /** 0–100. */
  progress: number;
  stage: RenderStage | null;
  videoUrl: string | null;
  error: string | null;
}

/** Reads whatever shape the status endpoint returns into `RenderStatus` (tolerant of missing fields). */
export function normalizeRenderStatus(raw: unknown): RenderStatus {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const nested = r.task && typeof r.task === 'object' ? (r.task as Record<string, unknown>) : r;
  const status = ['created', 'rendering', 'completed', 'failed'].includes(String(nested.status))
    ? (nested.status as RenderStatus['status'])
    : 'created';
  const progressRaw = typeof nested.progress === 'number' && Number.isFinite(nested.progress) ? nested.progress : 0;
  const progress = status === 'completed' ? 100 : Math.min(100, Math.max(0, progressRaw));
  const stage = ['queued', 'rendering', 'combining', 'finalizing'].includes(String(nested.stage))
    ? (nested.stage as RenderStage)
    : null;
  const videoUrl = typeof nested.videoUrl === 'string' && nested.videoUrl ? nested.videoUrl : null;
  let error: string | null = null;
  const e = nested.error;
  if (typeof e === 'string' && e) error = e;
  else if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    error = (e as { message: string }).message;
  }
  if (status === 'failed' && !error) error = 'The render failed.';
  return { status, progress, stage, videoUrl, error };
}

/** `GET /api/v1/video/:taskId`, normalized. */
export async function getRenderStatus(taskId: string, signal?: AbortSignal, fetchImpl?: FetchLike): Promise<RenderStatus> {
  const raw = await requestJson<unknown>(videoUrl(taskId), { method: 'GET', signal, cache: 'no-store' }, fetchImpl);
  return normalizeRenderStatus(raw);
}

/** `GET /api/v1/credits`: the caller's balance. */
export async function getCredits(signal?: AbortSignal, fetchImpl?: FetchLike): Promise<{ credits: number }> {
  const body = await requestJson<{ credits?: unknown }>('/api/v1/credits', { signal }, fetchImpl);
  const credits = Number(body.credits);
  if (!Number.isFinite(credits)) throw new ApiRequestError('The server sent no balance', { code: 'BAD_RESPONSE', status: 200 });
  return { credits };
}
