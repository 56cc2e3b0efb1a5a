import type { HttpClient, RequestOptions } from '../http.js';
import type { CreditsResponse } from '../types.js';

/** `GET /api/v1/credits`. */
export class Credits {
  constructor(private readonly http: HttpClient) {}

  /** Your balance. */
  get(options?: RequestOptions): Promise<CreditsResponse> {
    return this.http.request({ method: 'GET', path: '/credits', options });
  }
}
