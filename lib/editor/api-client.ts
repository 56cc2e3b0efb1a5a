import {
  creditsResponse,
  errorResponse,
  issuesOf,
  renderResponse,
  subtitleWordsResponse,
  parseIfMatch,
  taskEtag,
  taskResponse,
  type ErrorCode,
  type Issue,
  type RenderStage,
  type TaskStatus,
} from '../contract';
import type { SubtitleWord, VideoConfig } from '../video';
import type { z } from 'zod';

/**
 * The editor's few calls to `/api/v1/video/*`, same-origin (the session cookie authenticates).
 * Responses and errors are read with the contract's schemas (lib/contract), the ones the server and
 * the contract tests use. Every failure becomes an `ApiRequestError` carrying the server's
 * `{ error, code, details }`.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /**
   * The API's error code; NETWORK_ERROR when the server was not reached, HTTP_<status> when it failed
   * outside the contract, INVALID_RESPONSE when a success body does not match its schema.
   */
  readonly code: ErrorCode | 'NETWORK_ERROR' | 'INVALID_RESPONSE' | `HTTP_${number}`;
  readonly status: number;
  /** `details.issues` of INVALID_CONFIG / INVALID_REQUEST: every problem with its path. */
  readonly issues: Issue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(
    message: string,
    { code, status, details }: { code: ApiRequestError['code']; status: number; details?: Record<string, unknown> },
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.details = details;
    this.issues = issuesOf(details);
  }

  /** Worth retrying by itself: the network or the server failed, not the request. */
  get isTransient(): boolean {
    return this.code === 'NETWORK_ERROR' || this.status >= 500 || this.status === 429;
  }
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
  const failure = errorResponse.safeParse(body);
  if (failure.success) {
    const { error, code, details } = failure.data;
    throw new ApiRequestError(error, { code, status: response.status, details });
  }
  if (!response.ok) {
    const message = response.status === 401 ? 'Your session has expired. Sign in again.' : `Request failed (${response.status})`;
    throw new ApiRequestError(message, { code: `HTTP_${response.status}`, status: response.status });
  }
  return (body ?? {}) as T;
}

/** A success body read with its contract schema; a body outside the contract is an error, not a guess. */
async function requestParsed<S extends z.ZodType>(schema: S, url: string, init: RequestInit, fetchImpl?: FetchLike): Promise<z.infer<S>> {
  const body = await requestJson<unknown>(url, init, fetchImpl);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError('The server answered in an unexpected shape', { code: 'INVALID_RESPONSE', status: 200 });
  }
  return parsed.data;
}

const videoUrl = (taskId: string) => `/api/v1/video/${encodeURIComponent(taskId)}`;

/** What a save sends: the document, its title, and the task version it was based on. */
export interface SaveBody {
  config: VideoConfig;
  title: string;
  /** The base version, sent as `If-Match`: the server refuses with CONFLICT if the task changed since. */
  version: number;
}

/** `PATCH /api/v1/video/:taskId` with `{ config, title }` and `If-Match: "<version>"`; answers the new version. */
export async function saveVideo(
  taskId: string,
  { version, ...body }: SaveBody,
  options: { keepalive?: boolean; fetchImpl?: FetchLike } = {},
): Promise<{ version: number }> {
  const task = await requestParsed(
    taskResponse,
    videoUrl(taskId),
    { method: 'PATCH', body: JSON.stringify(body), keepalive: options.keepalive, headers: { 'If-Match': taskEtag(version) } },
    options.fetchImpl,
  );
  return { version: task.version };
}

/** The version a CONFLICT answer reports as current (`details.currentVersion`), or null. */
export function conflictVersion(error: unknown): number | null {
  if (!(error instanceof ApiRequestError) || error.code !== 'CONFLICT') return null;
  const v = error.details?.currentVersion;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** The task as stored now: its config (from configUrl, whose ETag is its version), title and version. */
export interface RemoteVideo {
  config: VideoConfig;
  title: string;
  version: number;
}

/**
 * Reads the stored task: `GET /api/v1/video/:taskId` for title and version, then its configUrl. The
 * config's ETag says which version it is; if a save landed in between, it reads again.
 */
export async function loadVideo(taskId: string, fetchImpl: FetchLike = fetch): Promise<RemoteVideo> {
  for (let attempt = 0; ; attempt++) {
    const task = await requestParsed(taskResponse, videoUrl(taskId), { method: 'GET', cache: 'no-store' }, fetchImpl);
    let response: Response;
    try {
      // Same-origin path (configUrl is absolute under APP_URL, which may not be this page's origin).
      response = await fetchImpl(`/configs/${encodeURIComponent(taskId)}.json`, { cache: 'no-store', credentials: 'same-origin' });
    } catch {
      throw new ApiRequestError('Network error: could not reach the server', { code: 'NETWORK_ERROR', status: 0 });
    }
    if (!response.ok) throw new ApiRequestError(`Request failed (${response.status})`, { code: `HTTP_${response.status}`, status: response.status });
    const config = (await response.json()) as VideoConfig;
    const version = parseIfMatch(response.headers.get('etag'));
    if ((Array.isArray(version) && version[0] === task.version) || attempt >= 2) return { config, title: task.title, version: task.version };
  }
}

/** `POST /api/v1/video/:taskId/render` with `{}`: rendering started, or already rendered for free. */
export function startRender(taskId: string, fetchImpl?: FetchLike): Promise<z.infer<typeof renderResponse>> {
  return requestParsed(renderResponse, `${videoUrl(taskId)}/render`, { method: 'POST', body: '{}' }, fetchImpl);
}

export type { RenderStage };

/** Where a task's render stands, as the editor's render panel shows it. */
export interface RenderStatus {
  status: TaskStatus;
  /** 0–100. */
  progress: number;
  stage: RenderStage | null;
  videoUrl: string | null;
  error: string | null;
}

/** What the editor knows of a task's render before the first status read (the page loaded the task). */
export function initialRenderStatus(task: { status: TaskStatus; videoUrl: string | null }): RenderStatus {
  return {
    status: task.status,
    progress: task.status === 'completed' ? 100 : 0,
    stage: task.status === 'rendering' ? 'queued' : null,
    videoUrl: task.videoUrl,
    error: task.status === 'failed' ? 'The render failed.' : null,
  };
}

/** `GET /api/v1/video/:taskId`, read with the task schema. */
export async function getRenderStatus(taskId: string, signal?: AbortSignal, fetchImpl?: FetchLike): Promise<RenderStatus> {
  const task = await requestParsed(taskResponse, videoUrl(taskId), { method: 'GET', signal, cache: 'no-store' }, fetchImpl);
  return { status: task.status, progress: task.progress, stage: task.stage, videoUrl: task.videoUrl, error: task.error };
}

/** `GET /api/v1/credits`: the caller's balance. */
export async function getCredits(signal?: AbortSignal, fetchImpl?: FetchLike): Promise<{ credits: number }> {
  const body = await requestParsed(creditsResponse, '/api/v1/credits', { method: 'GET', signal, cache: 'no-store' }, fetchImpl);
  return { credits: body.credits };
}

/** `GET /api/v1/subtitles/words?src=`: a remote subtitle word list, fetched by the server for the preview. */
export async function getSubtitleWords(src: string, signal?: AbortSignal, fetchImpl?: FetchLike): Promise<SubtitleWord[]> {
  const body = await requestParsed(subtitleWordsResponse, `/api/v1/subtitles/words?src=${encodeURIComponent(src)}`, { method: 'GET', signal }, fetchImpl);
  return body.words;
}
