import type { HttpClient, RequestOptions } from '../http.js';
import type {
  ConvertPreviewInput,
  JsonObject,
  PreviewConvertedResponse,
  PreviewCreatedResponse,
  PreviewDeletedResponse,
  PreviewRenderResponse,
  PreviewResponse,
  RenderPreviewInput,
  VideoConfig,
} from '../types.js';

const previewPath = (tempId: string) => `/preview/${encodeURIComponent(tempId)}`;

/** Temporary previews (7 days, no credits): `/api/v1/preview`. */
export class Previews {
  constructor(private readonly http: HttpClient) {}

  /** A preview link of a config (the config is the body). */
  create(config: VideoConfig | JsonObject, options?: RequestOptions): Promise<PreviewCreatedResponse> {
    return this.http.request({ method: 'POST', path: '/preview', json: config, options });
  }

  get(tempId: string, options?: RequestOptions): Promise<PreviewResponse> {
    return this.http.request({ method: 'GET', path: previewPath(tempId), options });
  }

  delete(tempId: string, options?: RequestOptions): Promise<PreviewDeletedResponse> {
    return this.http.request({ method: 'DELETE', path: previewPath(tempId), options });
  }

  /** Clones the preview into a permanent task (the preview stays usable). */
  convert(tempId: string, input: ConvertPreviewInput = {}, options?: RequestOptions): Promise<PreviewConvertedResponse> {
    return this.http.request({ method: 'POST', path: `${previewPath(tempId)}/convert`, json: input, options });
  }

  /** Clones the preview into a permanent task and starts rendering it (charged like `renders.render`). */
  render(tempId: string, input: RenderPreviewInput = {}, options?: RequestOptions): Promise<PreviewRenderResponse> {
    const { webhookUrl, numWorkers, ...rest } = input;
    const body = { ...rest, ...(webhookUrl ? { webhook_url: webhookUrl } : {}), ...(numWorkers ? { num_workers: numWorkers } : {}) };
    return this.http.request({ method: 'POST', path: `${previewPath(tempId)}/render`, json: body, options });
  }
}
