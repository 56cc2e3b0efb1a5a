import { isObject } from '../errors.js';
import type { HttpClient, RequestOptions } from '../http.js';
import { fieldPart, filePart, multipartBody, type UploadFile } from '../multipart.js';
import type { Asset, AssetCreated, AssetPriority, Derivative, DerivativeRequest, JsonObject } from '../types.js';
import { pollUntil, type WaitOptions } from '../wait.js';

export interface AssetUploadInput extends UploadFile {
  /** Processing profile slug, e.g. `web-optimized-1080p` (see `profiles.list()`). */
  profile: string;
  /** Gets the signed asset events (X-FV-Signature; see `webhooks.verify`). */
  webhookUrl?: string;
  metadata?: JsonObject;
  priority?: AssetPriority;
  /** Derivatives to make instead of the profile's. */
  derivatives?: DerivativeRequest[];
}

/** What `waitForProcessing` keeps waiting through. */
const inProgress = new Set(['queued', 'pending', 'processing', 'reprocessing']);

const assetPath = (assetId: string) => `/assets/${encodeURIComponent(assetId)}`;

/** RendrSink's asset API: `/api/v1/assets`, on the same store as your files. */
export class Assets {
  constructor(private readonly http: HttpClient) {}

  /** Uploads a file for processing with a profile; answers at once (`status: processing`, `estimated_ms`). */
  async upload(input: AssetUploadInput, options?: RequestOptions): Promise<AssetCreated> {
    const { profile, webhookUrl, metadata, priority, derivatives, ...file } = input;
    const parts = [
      fieldPart('profile', profile),
      ...(webhookUrl ? [fieldPart('webhook_url', webhookUrl)] : []),
      ...(metadata ? [fieldPart('metadata', JSON.stringify(metadata))] : []),
      ...(priority ? [fieldPart('priority', priority)] : []),
      ...(derivatives ? [fieldPart('derivatives', JSON.stringify(derivatives))] : []),
      // The file last, so the server has every field once the bytes start.
      await filePart('file', file),
    ];
    return this.http.request({ method: 'POST', path: '/assets', multipart: multipartBody(parts), options });
  }

  /** Status, file, derivatives, thumbnails, processing_ms, error. */
  get(assetId: string, options?: RequestOptions): Promise<Asset> {
    return this.http.request({ method: 'GET', path: assetPath(assetId), options });
  }

  async listDerivatives(assetId: string, options?: RequestOptions): Promise<Derivative[]> {
    const body = await this.http.request<{ derivatives: Derivative[] } | Derivative[]>({ method: 'GET', path: `${assetPath(assetId)}/derivatives`, options });
    return Array.isArray(body) ? body : body.derivatives;
  }

  /** Deletes the asset, its derivatives and thumbnails. */
  delete(assetId: string, options?: RequestOptions): Promise<JsonObject> {
    return this.http.request({ method: 'DELETE', path: assetPath(assetId), options });
  }

  /** Processes the asset again, with its profile or another one. */
  async reprocess(assetId: string, input: { profile?: string } = {}, options?: RequestOptions): Promise<AssetCreated> {
    const body = await this.http.request<AssetCreated | { asset: AssetCreated }>({ method: 'POST', path: `${assetPath(assetId)}/reprocess`, json: input, options });
    return isObject(body) && isObject(body.asset) ? (body.asset as AssetCreated) : (body as AssetCreated);
  }

  /** Polls the asset until processing is over (`processed`, `delivered` or `failed`: check `status`). */
  waitForProcessing(assetId: string, opts: WaitOptions = {}): Promise<Asset> {
    return pollUntil(`processing of ${assetId}`, () => this.get(assetId, { signal: opts.signal }), (a) => !inProgress.has(a.status), opts);
  }
}
