import type { FetchLike } from '../../video';
import { getSettings } from '../../config';
import { memoizeFetch, type FetchedBytes } from './memoize-fetch';
import { outboundFetch, type OutboundOptions } from './outbound-fetch';

/** The bounds every fetch of a config's sources gets (render and preview alike): total timeout, address policy, a few redirects. */
export function renderFetchOptions(): Pick<OutboundOptions, 'timeoutMs' | 'allowPrivate' | 'maxRedirects'> {
  const s = getSettings();
  return { timeoutMs: s.renderFetchTimeoutMs, allowPrivate: s.allowPrivateMedia, maxRedirects: 5 };
}

/** A config source's bytes through outboundFetch: bounded in time and size (RENDER_FETCH_MAX_BYTES). */
async function fetchRemoteBytes(url: string): Promise<FetchedBytes> {
  const res = await outboundFetch(url, { ...renderFetchOptions(), maxBytes: getSettings().renderFetchMaxBytes });
  return { status: res.status, body: res.body };
}

const asJson = (fetchBytes: (url: string) => Promise<FetchedBytes>): FetchLike => async (url) => {
  const res = await fetchBytes(url);
  return {
    ok: res.status >= 200 && res.status < 300,
    status: res.status,
    json: async () => JSON.parse(res.body.toString('utf8')) as unknown,
  };
};

/** Remote subtitle words through outboundFetch: bounded in time and size (RENDER_FETCH_MAX_BYTES). */
export const fetchRemoteJson: FetchLike = asJson(fetchRemoteBytes);

/**
 * fetchRemoteJson for pages anyone may open (the watch page, public previews): each source is fetched once
 * a minute at most however many people view (an error is reused for 10 s), and at most 16 MB of answers
 * (256 URLs) are kept in memory, so views cannot turn the server into a fetcher of other people's URLs.
 * Renders and the editor's route fetch fresh.
 */
export const fetchPublicRemoteJson: FetchLike = asJson(
  memoizeFetch(fetchRemoteBytes, { ttlMs: 60_000, errorTtlMs: 10_000, maxBytes: 16 * 1024 ** 2, maxEntries: 256 }),
);
