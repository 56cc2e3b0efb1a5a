import type { HttpClient, RequestOptions } from '../http.js';
import type { Usage } from '../types.js';

/** RendrSink's `GET /api/v1/usage`. */
export class UsageResource {
  constructor(private readonly http: HttpClient) {}

  /** Storage bytes, processing and render minutes, credits: this period and the previous one. */
  get(options?: RequestOptions): Promise<Usage> {
    return this.http.request({ method: 'GET', path: '/usage', options });
  }
}
