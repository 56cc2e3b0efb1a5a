import { isObject } from '../errors.js';
import type { HttpClient, RequestOptions } from '../http.js';
import type { CreateProfileInput, Profile } from '../types.js';

/** RendrSink's processing profiles: `/api/v1/profiles`. */
export class Profiles {
  constructor(private readonly http: HttpClient) {}

  /** The built-in profiles and your own, each with its derivatives and thumbnails. */
  async list(options?: RequestOptions): Promise<Profile[]> {
    const body = await this.http.request<{ profiles: Profile[] } | Profile[]>({ method: 'GET', path: '/profiles', options });
    return Array.isArray(body) ? body : body.profiles;
  }

  /** Your own profile (slug, derivatives with format mp4|webm, width, quality). */
  async create(input: CreateProfileInput, options?: RequestOptions): Promise<Profile> {
    const body = await this.http.request<{ profile: Profile } | Profile>({ method: 'POST', path: '/profiles', json: input, options });
    return isObject(body) && isObject(body.profile) ? (body.profile as Profile) : (body as Profile);
  }
}
