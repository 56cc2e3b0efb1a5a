import type { HttpClient, RequestOptions } from '../http.js';
import type { CapabilitiesResponse } from '../types.js';

/** `GET /api/v1/capabilities` (it describes the server, not an account). */
export class Capabilities {
  constructor(private readonly http: HttpClient) {}

  /** Clip types, animations, transitions, quality tiers, limits… */
  get(options?: RequestOptions): Promise<CapabilitiesResponse> {
    return this.http.request({ method: 'GET', path: '/capabilities', options });
  }
}
