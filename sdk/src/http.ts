import { randomUUID } from 'node:crypto';
import { isRetryableStatus, retryDelayMs, type BackoffOptions } from './backoff.js';
import { apiErrorFrom, CutroomApiError, CutroomConnectionError, CutroomTimeoutError, isObject } from './errors.js';
import type { MultipartBody } from './multipart.js';

export const SDK_VERSION = '0.1.0';

/** What a retry is about to do, for logging (`onRetry`). */
export interface RetryEvent {
  method: string;
  path: string;
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  /** The refused answer's status and code, or the network error. */
  status?: number;
  code?: string;
  error?: unknown;
  /** The key sent with every attempt of this POST. */
  idempotencyKey?: string;
}

export interface ClientOptions {
  /** An API key (`sk-…`) from Settings › API Keys or `npm run cli -- key create`. */
  apiKey: string;
  /** The server, e.g. `https://cutroom.example.com` (with or without `/api/v1`). Default `CUTROOM_BASE_URL` or `http://localhost:3000`. */
  baseUrl?: string;
  /** Retries of a failed attempt (429, 5xx, network errors, timeouts). Default 3; 0 turns retrying off. */
  maxRetries?: number;
  /** Time limit of one attempt. Default 60 s. */
  timeoutMs?: number;
  /** Time limit of one upload attempt (files.upload, assets.upload). Default 10 min. */
  uploadTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** Called before every retry. */
  onRetry?: (event: RetryEvent) => void;
  /** Another fetch (a proxy agent, a test double). Default the global fetch. */
  fetch?: typeof fetch;
}

/** Per-call options every method takes as its last argument. */
export interface RequestOptions {
  /** Cancels the call (and its retries and waits). */
  signal?: AbortSignal;
  /** Time limit of each attempt of this call. */
  timeoutMs?: number;
  maxRetries?: number;
  /** POST only: the `Idempotency-Key` to send (default: a random UUID per call, the same on its retries). */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Below the API root: `/video`, `/assets/ast_…`. */
  path: string;
  query?: Query;
  json?: unknown;
  multipart?: MultipartBody;
  headers?: Record<string, string>;
  options?: RequestOptions;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The API root of a base URL: `https://host` and `https://host/api/v1/` both become `https://host/api/v1`. */
export function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /\/api\/v1$/.test(trimmed) ? trimmed : `${trimmed}/api/v1`;
}

/**
 * The transport every resource uses: auth, JSON, timeouts, retries with backoff, idempotency keys,
 * and errors turned into CutroomApiError.
 */
export class HttpClient {
  readonly root: string;
  private readonly fetchImpl: typeof fetch;

  constructor(readonly options: ClientOptions) {
    if (!options.apiKey) throw new TypeError('Cutroom: apiKey is required');
    this.root = apiRoot(options.baseUrl ?? process.env.CUTROOM_BASE_URL ?? 'http://localhost:3000');
    this.fetchImpl = options.fetch ?? globalThis.fetch;
  }

  url(path: string, query?: Query): string {
    const url = new URL(this.root + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    return url.toString();
  }

  async request<T>(spec: RequestSpec): Promise<T> {
    return (await this.requestWithResponse<T>(spec)).data;
  }

  async requestWithResponse<T>(spec: RequestSpec): Promise<ApiResponse<T>> {
    const opts = spec.options ?? {};
    const url = this.url(spec.path, spec.query);
    const maxRetries = opts.maxRetries ?? this.options.maxRetries ?? 3;
    const timeoutMs = opts.timeoutMs ?? (spec.multipart ? (this.options.uploadTimeoutMs ?? 600_000) : (this.options.timeoutMs ?? 60_000));
    // One key per call, the same on every retry: the server answers a retry with the first answer.
    const idempotencyKey = spec.method === 'POST' ? (opts.idempotencyKey ?? randomUUID()) : undefined;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': `cutroom-sdk/${SDK_VERSION} node/${process.versions.node}`,
      ...this.options.headers,
      ...spec.headers,
      ...opts.headers,
      authorization: `Bearer ${this.options.apiKey}`,
    };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (spec.json !== undefined) headers['content-type'] = 'application/json';
    if (spec.multipart) {
      headers['content-type'] = spec.multipart.contentType;
      if (spec.multipart.contentLength !== null) headers['content-length'] = String(spec.multipart.contentLength);
    }
    const json = spec.json === undefined ? undefined : JSON.stringify(spec.json);

    for (let retry = 0; ; retry++) {
      // A streamed upload can be sent once only: after that, no retry.
      const canRetry = retry < maxRetries && (spec.multipart?.isReplayable ?? true);
      const attemptSignal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      let res: Response;
      let text: string;
      try {
        res = await this.fetchImpl(url, {
          method: spec.method,
          headers,
          body: json ?? (spec.multipart ? spec.multipart.stream() : undefined),
          signal: attemptSignal,
          ...(spec.multipart ? { duplex: 'half' } : {}),
        } as RequestInit);
        text = await res.text();
      } catch (err) {
        if (opts.signal?.aborted) throw opts.signal.reason;
        const isTimeout = attemptSignal.aborted;
        const failure = isTimeout
          ? new CutroomTimeoutError(`${spec.method} ${url}: no answer within ${timeoutMs} ms`, timeoutMs)
          : new CutroomConnectionError(`${spec.method} ${url} failed: ${describe(err)}`, { cause: err });
        if (!canRetry) throw failure;
        await this.waitBeforeRetry({ spec, retry, idempotencyKey, error: failure });
        continue;
      }
      const body = parseJson(text);
      if (res.ok && !(isObject(body) && body.success === false)) {
        if (body === undefined && text !== '') throw apiErrorFrom(res, text, { method: spec.method, url });
        return { data: body as T, status: res.status, headers: res.headers };
      }
      const error = apiErrorFrom(res, body, { method: spec.method, url });
      if (!canRetry || !isRetryableStatus(res.status, error.code)) throw error;
      const delayMs = retryDelayMs({ retry, headers: res.headers, body, options: this.options.backoff });
      if (delayMs === null) throw error;
      await this.waitBeforeRetry({ spec, retry, idempotencyKey, error, delayMs });
    }
  }

  private async waitBeforeRetry(input: { spec: RequestSpec; retry: number; idempotencyKey?: string; error: unknown; delayMs?: number }) {
    const delayMs = input.delayMs ?? retryDelayMs({ retry: input.retry, options: this.options.backoff }) ?? 0;
    const { error } = input;
    this.options.onRetry?.({
      method: input.spec.method,
      path: input.spec.path,
      retry: input.retry + 1,
      delayMs,
      ...(error instanceof CutroomApiError ? { status: error.status, code: error.code } : { error }),
      ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    });
    await sleep(delayMs, input.spec.options?.signal);
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return `${err.message}${cause}`;
  }
  return String(err);
}
