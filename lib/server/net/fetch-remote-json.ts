import type { FetchLike } from '../../video';
import { getSettings } from '../../config';
import { outboundFetch, type OutboundOptions } from './outbound-fetch';

/** The bounds every fetch of a config's sources gets (render and preview alike): total timeout, address policy, a few redirects. */
export function renderFetchOptions(): Pick<OutboundOptions, 'timeoutMs' | 'allowPrivate' | 'maxRedirects'> {
  const s = getSettings();
  return { timeoutMs: s.renderFetchTimeoutMs, allowPrivate: s.allowPrivateMedia, maxRedirects: 5 };
}

/** Remote subtitle words through outboundFetch: bounded in time and size (RENDER_FETCH_MAX_BYTES). */
export const fetchRemoteJson: FetchLike = async (url) => {
  const res = await outboundFetch(url, { ...renderFetchOptions(), maxBytes: getSettings().renderFetchMaxBytes });
  return {
    ok: res.status >= 200 && res.status < 300,
    status: res.status,
    json: async () => JSON.parse(res.body.toString('utf8')) as unknown,
  };
};
