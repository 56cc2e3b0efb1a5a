import { HttpClient, type ClientOptions } from './http.js';
import { Assets } from './resources/assets.js';
import { Capabilities } from './resources/capabilities.js';
import { Credits } from './resources/credits.js';
import { Files } from './resources/files.js';
import { Previews } from './resources/previews.js';
import { Profiles } from './resources/profiles.js';
import { Renders } from './resources/renders.js';
import { UsageResource } from './resources/usage.js';
import { Videos } from './resources/videos.js';
import { webhooks } from './webhooks.js';

/**
 * A client of one Cutroom server and account.
 *
 * @example
 * const cutroom = new Cutroom({ apiKey: process.env.CUTROOM_API_KEY!, baseUrl: 'https://cutroom.example.com' });
 * const { taskId } = await cutroom.videos.create({ config });
 * await cutroom.renders.render(taskId);
 * const task = await cutroom.renders.waitForRender(taskId);
 */
export class Cutroom {
  /** Signature checks of incoming webhooks (no request is made). */
  static readonly webhooks = webhooks;

  readonly videos: Videos;
  readonly renders: Renders;
  readonly files: Files;
  readonly previews: Previews;
  readonly credits: Credits;
  readonly capabilities: Capabilities;
  readonly assets: Assets;
  readonly profiles: Profiles;
  readonly usage: UsageResource;
  readonly webhooks = webhooks;
  /** The transport (for routes the SDK does not wrap yet): `cutroom.http.request({ method, path, json })`. */
  readonly http: HttpClient;

  constructor(options: ClientOptions) {
    this.http = new HttpClient(options);
    this.videos = new Videos(this.http);
    this.renders = new Renders(this.http);
    this.files = new Files(this.http);
    this.previews = new Previews(this.http);
    this.credits = new Credits(this.http);
    this.capabilities = new Capabilities(this.http);
    this.assets = new Assets(this.http);
    this.profiles = new Profiles(this.http);
    this.usage = new UsageResource(this.http);
  }
}
