import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CutroomApiError } from '../errors.js';
import type { HttpClient, RequestOptions } from '../http.js';
import type { RenderOptions, RenderResponse, Task, TaskResponse } from '../types.js';
import { pollUntil, type WaitOptions } from '../wait.js';

/** A task's render state (from `GET /api/v1/video/:taskId`). */
export type RenderStatus = Pick<
  Task,
  'taskId' | 'renderTaskId' | 'status' | 'progress' | 'stage' | 'error' | 'videoUrl' | 'posterUrl' | 'thumbnailUrl' | 'costCredits' | 'completedAt'
>;

export interface WaitForRenderOptions extends WaitOptions {
  /** Called after every look, with the render's state (progress 0–100, stage). */
  onProgress?: (status: RenderStatus) => void;
}

const statusOf = (t: Task): RenderStatus => ({
  taskId: t.taskId,
  renderTaskId: t.renderTaskId,
  status: t.status,
  progress: t.progress,
  stage: t.stage,
  error: t.error,
  videoUrl: t.videoUrl,
  posterUrl: t.posterUrl,
  thumbnailUrl: t.thumbnailUrl,
  costCredits: t.costCredits,
  completedAt: t.completedAt,
});

/** Rendering a task: `POST /api/v1/video/:taskId/render` and its progress. (The API has no cancel; deleting the task stops and refunds its render.) */
export class Renders {
  constructor(private readonly http: HttpClient) {}

  /**
   * Charges the credits and starts the render; a config rendered before answers `alreadyRendered: true`
   * (nothing charged). Safe to retry: the call's idempotency key makes a retry one render, one charge.
   */
  render(taskId: string, opts: RenderOptions = {}, options?: RequestOptions): Promise<RenderResponse> {
    const body = { ...(opts.webhookUrl ? { webhook_url: opts.webhookUrl } : {}), ...(opts.numWorkers ? { num_workers: opts.numWorkers } : {}) };
    return this.http.request({ method: 'POST', path: `/video/${encodeURIComponent(taskId)}/render`, json: body, options });
  }

  async status(taskId: string, options?: RequestOptions): Promise<RenderStatus> {
    const task = await this.http.request<TaskResponse>({ method: 'GET', path: `/video/${encodeURIComponent(taskId)}`, options });
    return statusOf(task);
  }

  /**
   * Polls the task until it is no longer rendering and returns it: `status` is `completed` (with
   * `videoUrl`) or `failed` (with `error`) — check it. Throws CutroomWaitTimeoutError after `timeoutMs`.
   */
  waitForRender(taskId: string, opts: WaitForRenderOptions = {}): Promise<TaskResponse> {
    const look = () => this.http.request<TaskResponse>({ method: 'GET', path: `/video/${encodeURIComponent(taskId)}`, options: { signal: opts.signal } });
    return pollUntil(`render of ${taskId}`, look, (t) => t.status !== 'rendering', {
      ...opts,
      onPoll: opts.onProgress ? (t) => opts.onProgress?.(statusOf(t)) : undefined,
    });
  }

  /** Saves a rendered video (a task's `videoUrl`, or the task) to a file; returns the bytes written. */
  async download(source: string | Pick<Task, 'videoUrl' | 'taskId'>, destination: string, options: { signal?: AbortSignal } = {}): Promise<number> {
    const url = typeof source === 'string' ? source : source.videoUrl;
    if (!url) throw new TypeError(`Cutroom: task ${typeof source === 'string' ? '' : source.taskId} has no rendered video yet`);
    const res = await fetch(url, { signal: options.signal });
    if (!res.ok || !res.body) {
      throw new CutroomApiError({ status: res.status, code: `HTTP_${res.status}`, message: `GET ${url} answered ${res.status}`, shape: 'unknown', headers: res.headers, method: 'GET', url });
    }
    let bytes = 0;
    const counted = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>).on('data', (c: Buffer) => (bytes += c.length));
    await pipeline(counted, createWriteStream(destination));
    return bytes;
  }
}
