import type { HttpClient, RequestOptions } from '../http.js';
import type {
  CreateVideoInput,
  ListVideosQuery,
  Task,
  TaskCreatedResponse,
  TaskDeletedResponse,
  TaskListResponse,
  TaskResponse,
  UpdateVideoInput,
} from '../types.js';

const taskPath = (taskId: string) => `/video/${encodeURIComponent(taskId)}`;

export interface UpdateOptions extends RequestOptions {
  /**
   * The version the edit is based on (sent as `If-Match: "n"`): if the task has moved on, the update is
   * refused with a 409 CutroomApiError (code CONFLICT, `details.currentVersion`) and nothing is written.
   * `'*'` = any version. Without it the last write wins.
   */
  version?: number | '*';
}

/** Video tasks: `/api/v1/video`. */
export class Videos {
  constructor(private readonly http: HttpClient) {}

  /** Creates a task from a config (does not render). */
  create(input: CreateVideoInput, options?: RequestOptions): Promise<TaskCreatedResponse> {
    return this.http.request({ method: 'POST', path: '/video', json: input, options });
  }

  /** One page of your tasks, newest first; filter by `status` and `category`. */
  list(query: ListVideosQuery = {}, options?: RequestOptions): Promise<TaskListResponse> {
    return this.http.request({ method: 'GET', path: '/video', query: { ...query }, options });
  }

  /** Every task matching the filter, page after page. */
  async *iterate(query: Omit<ListVideosQuery, 'page'> = {}, options?: RequestOptions): AsyncGenerator<Task> {
    for (let page = 1; ; page++) {
      const { tasks, pagination } = await this.list({ limit: 100, ...query, page }, options);
      yield* tasks;
      if (tasks.length === 0 || page * pagination.limit >= pagination.total) return;
    }
  }

  get(taskId: string, options?: RequestOptions): Promise<TaskResponse> {
    return this.http.request({ method: 'GET', path: taskPath(taskId), options });
  }

  /** Cutroom's PATCH: a new config, metadata or title; pass `version` to refuse lost updates. */
  update(taskId: string, input: UpdateVideoInput, options: UpdateOptions = {}): Promise<TaskResponse> {
    const { version, ...rest } = options;
    const headers = version === undefined ? undefined : { 'if-match': version === '*' ? '*' : `"${version}"` };
    return this.http.request({ method: 'PATCH', path: taskPath(taskId), json: input, headers, options: rest });
  }

  /** Deletes the task, its renders and their files. */
  delete(taskId: string, options?: RequestOptions): Promise<TaskDeletedResponse> {
    return this.http.request({ method: 'DELETE', path: taskPath(taskId), options });
  }
}
